import { describe, expect, it } from 'vitest'
import { withoutEmptyParams } from '#shared/utils/withoutEmptyParams'

describe('dropping the empty fields a filter form sends without JavaScript', () => {
  it('keeps the set filters in their order and drops the empty ones', () => {
    expect(withoutEmptyParams('/de/partnerschaften?kind=official&state=&province=&topic=umwelt&from=&to=')).toBe('/de/partnerschaften?kind=official&topic=umwelt')
  })

  it('drops the question mark when nothing is left', () => {
    expect(withoutEmptyParams('/en/terrain?kind=&topic=')).toBe('/en/terrain')
  })

  it('leaves an address without empty parameters alone', () => {
    expect(withoutEmptyParams('/zh/sousuo?q=%E4%B8%8A%E6%B5%B7')).toBeNull()
    expect(withoutEmptyParams('/de')).toBeNull()
  })

  it('keeps encoded values intact', () => {
    expect(withoutEmptyParams('/de/suche?q=K%C3%B6ln&type=')).toBe('/de/suche?q=K%C3%B6ln')
  })
})
