import { defaultLocale, locales, type Locale } from '@stadtmacher/config/locales'
import type { Translations } from '../types/content'

/** A localized field as the CMS returns it with `locale=all`, or a plain value for unlocalized fields. */
export type AllLocales = Partial<Record<string, unknown>> | string | null | undefined

const present = (value: unknown) => value !== null && value !== undefined && value !== ''

function valueIn(field: AllLocales, locale: Locale): unknown {
  if (field === null || field === undefined || typeof field !== 'object') return field
  return field[locale]
}

/**
 * From a `locale=all` read: the locales a document exists in (slug and title present there) and the
 * language its main text is shown in for `locale` (the default locale when the CMS falls back to it).
 */
export function toTranslations(args: { slug: AllLocales; title: AllLocales; text: AllLocales; locale: Locale }): Translations {
  const slugs: Partial<Record<Locale, string>> = {}
  for (const code of locales) {
    const slug = valueIn(args.slug, code)
    if (typeof slug === 'string' && slug && present(valueIn(args.title, code))) slugs[code] = slug
  }
  const translated = slugs[args.locale] !== undefined && present(valueIn(args.text, args.locale))
  const fallsBack = !translated && present(valueIn(args.text, defaultLocale))
  return { slugs, shownIn: fallsBack ? defaultLocale : args.locale }
}
