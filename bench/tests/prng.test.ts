import { describe, expect, it } from 'vitest'
import { createPrng } from '../data/prng'

describe('createPrng', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = createPrng(42)
    const b = createPrng(42)
    const sequence = Array.from({ length: 5 }, () => a.next())
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(sequence)
    expect(createPrng(43).next()).not.toBe(sequence[0])
  })
  it('stays within [min, max] for integers', () => {
    const prng = createPrng(1)
    const values = Array.from({ length: 1000 }, () => prng.int(3, 5))
    expect(Math.min(...values)).toBe(3)
    expect(Math.max(...values)).toBe(5)
  })
})
