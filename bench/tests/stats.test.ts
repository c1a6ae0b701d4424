import { describe, expect, it } from 'vitest'
import { median, percentile, ratio } from '../stats'

describe('median', () => {
  it('takes the middle of an odd count and the mean of the two middles of an even count', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
  it('is NaN for no values, so a missing figure never looks like zero', () => {
    expect(median([])).toBeNaN()
  })
})

describe('percentile', () => {
  it('uses the nearest rank: p95 of 1..100 is 95 and of 1..20 is 19', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i)
    expect(percentile(hundred, 95)).toBe(95)
    expect(percentile(Array.from({ length: 20 }, (_, i) => i + 1), 95)).toBe(19)
  })
  it('returns the only value of a single measurement and the maximum at p100', () => {
    expect(percentile([7], 95)).toBe(7)
    expect(percentile([3, 9, 1], 100)).toBe(9)
  })
})

describe('ratio', () => {
  it('divides, and gives NaN for a zero or missing denominator', () => {
    expect(ratio(3, 4)).toBe(0.75)
    expect(ratio(3, 0)).toBeNaN()
    expect(ratio(Number.NaN, 2)).toBeNaN()
  })
})
