import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import type { I18nOptions } from '@payloadcms/translations'
import { scheduledUnpublishTranslations } from './components/scheduledUnpublishTranslations'

/** The admin UI speaks the same three languages as the content; our own components add their strings. */
export const adminI18n: I18nOptions<object> = {
  supportedLanguages: { de, en, zh },
  fallbackLanguage: 'de',
  translations: scheduledUnpublishTranslations,
}
