import { describe, expect, it } from 'vitest'
import { messageTemplate } from '../../app/utils/messageTemplate'

describe('message template', () => {
  const format = (values: Record<string, string>) => `${values.german} – ${values.chinese}，始于 ${values.year} 年`

  it('formats once and fills in the values of each item, in the message’s own order', () => {
    let calls = 0
    const tip = messageTemplate((values) => (calls++, format(values)), ['german', 'chinese', 'year'])
    expect(tip({ german: 'Hamburg', chinese: '上海', year: 1986 })).toBe('Hamburg – 上海，始于 1986 年')
    expect(tip({ german: 'Köln', chinese: '北京', year: 1987 })).toBe('Köln – 北京，始于 1987 年')
    expect(calls).toBe(1)
  })

  it('inserts values as they are, even ones that look like another placeholder', () => {
    const label = messageTemplate((values) => `${values.a}/${values.b}`, ['a', 'b'])
    expect(label({ a: '{b}', b: '$&' })).toBe('{b}/$&')
  })
})
