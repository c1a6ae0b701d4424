import { describe, expect, it } from 'vitest'
import { locales } from '@stadtmacher/domain/locales'
import de from '../../i18n/locales/de.json'
import en from '../../i18n/locales/en.json'
import zh from '../../i18n/locales/zh.json'

const files: Record<string, unknown> = { de, en, zh }

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key))
}

function leafValues(value: unknown): unknown[] {
  if (typeof value !== 'object' || value === null) return [value]
  return Object.values(value).flatMap(leafValues)
}

describe('UI locale files', () => {
  it('has a file for every locale', () => {
    expect(Object.keys(files).sort()).toEqual([...locales].sort())
  })

  it.each(locales.filter((code) => code !== 'de'))('has exactly the German keys in %s', (code) => {
    expect(leafKeys(files[code]).sort()).toEqual(leafKeys(de).sort())
  })

  it.each(locales)('has no empty string in %s', (code) => {
    expect(leafValues(files[code]).every((value) => typeof value === 'string' && value.trim().length > 0)).toBe(true)
  })

  it.each(locales)('keeps keys sorted and snake_case in %s', (code) => {
    const keys = leafKeys(files[code])
    expect(keys).toEqual([...keys].sort())
    expect(keys.every((key) => /^[a-z]+(?:_[a-z]+)*(?:\.[a-z]+(?:_[a-z]+)*)*$/.test(key))).toBe(true)
  })
})
