import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import type { I18nOptions } from '@payloadcms/translations'

/** The admin UI speaks the same three languages as the content. */
export const adminI18n: I18nOptions = {
  supportedLanguages: { de, en, zh },
  fallbackLanguage: 'de',
}
