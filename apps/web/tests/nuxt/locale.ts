import type { Locale } from '@stadtmacher/domain/locales'
import { useNuxtApp } from '#imports'

/** Puts the test app in `locale` (happy-dom's browser language would otherwise pick English). */
export async function setTestLocale(locale: Locale) {
  await useNuxtApp().$i18n.setLocale(locale)
}
