import type { LocalizationConfig } from 'payload'
import { defaultLocale, localeLabels, locales } from '@stadtmacher/domain/locales'

// German is the source language: a missing en or zh value falls back to it.
export const localization: LocalizationConfig = {
  locales: locales.map((code) => ({ code, label: localeLabels[code] })),
  defaultLocale,
  fallback: true,
}
