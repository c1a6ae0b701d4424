import { describe, expect, it } from 'vitest'
import { payloadDuplicates } from '../html/payloadDuplicates'

describe('payloadDuplicates', () => {
  it('reports a long string stored twice in the devalue array, and ignores short ones', () => {
    const long = 'A paragraph of body text that is certainly longer than forty characters.'
    const found = payloadDuplicates(JSON.stringify([{ a: 1 }, long, 'short', 'short', long]))
    expect(found.strings).toBe(1)
    expect(found.bytes).toBe(long.length)
  })
  it('finds nothing in a clean or unreadable payload', () => {
    expect(payloadDuplicates('[1,"x"]').strings).toBe(0)
    expect(payloadDuplicates('not json').strings).toBe(0)
  })
})
