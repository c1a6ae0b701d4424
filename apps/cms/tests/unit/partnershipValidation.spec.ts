import { describe, expect, it } from 'vitest'
import { validateSince } from '../../src/collections/Partnerships/validate'

const validate = (value: unknown) => validateSince(value as number, {} as Parameters<typeof validateSince>[1])

describe('partnership year', () => {
  const thisYear = new Date().getFullYear()

  it('accepts this year and past years', () => {
    expect(validate(thisYear)).toBe(true)
    expect(validate(1982)).toBe(true)
  })

  it('refuses a year in the future, naming the latest allowed', () => {
    expect(validate(thisYear + 1)).toContain(String(thisYear))
  })

  it('refuses fractions, text and years before 1949', () => {
    expect(validate(1986.5)).not.toBe(true)
    expect(validate('1986')).not.toBe(true)
    expect(validate(1900)).not.toBe(true)
  })
})
