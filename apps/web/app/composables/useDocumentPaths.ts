import type { Locale } from '@stadtmacher/config/locales'
import type { Translations } from '#shared/types/content'

/** The path of a document page in each locale it exists in, from its translated slugs. */
export function useDocumentPaths(name: string) {
  const localePath = useLocalePath()
  return (translations: Translations | undefined) =>
    Object.fromEntries(
      (Object.entries(translations?.slugs ?? {}) as [Locale, string][]).map(([code, slug]) => [code, localePath({ name, params: { slug } }, code)]),
    ) as Partial<Record<Locale, string>>
}
