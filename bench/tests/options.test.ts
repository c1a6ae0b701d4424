import { describe, expect, it } from 'vitest'
import { parseOptions } from '../options'

describe('parseOptions', () => {
  it('makes --quick short and single-run, and the default five runs of ten seconds', () => {
    expect(parseOptions(['--quick'])).toMatchObject({ quick: true, runs: 1, duration: 2, lighthouseRuns: 1, build: true })
    expect(parseOptions([])).toMatchObject({ quick: false, runs: 5, duration: 10, lighthouseRuns: 3, scale: 1 })
  })
  it('reads --scale, --no-build and --only, and rejects what it does not know', () => {
    expect(parseOptions(['--locales-index']).localesIndex).toBe(true)
    expect(parseOptions(['--scale', '0.5', '--no-build', '--only', 'scale,map'])).toMatchObject({ scale: 0.5, build: false, only: ['scale', 'map'] })
    expect(() => parseOptions(['--scale', 'big'])).toThrow(/positive number/)
    expect(() => parseOptions(['--fast'])).toThrow(/unknown option/)
  })
})
