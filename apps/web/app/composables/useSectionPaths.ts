import { locales, type Locale } from '@stadtmacher/domain/locales'

/** The path of a named route in every locale, for the hreflang alternates of list pages. */
export function useSectionPaths(name: string) {
  const localePath = useLocalePath()
  return () => Object.fromEntries(locales.map((code) => [code, localePath(name, code)])) as Record<Locale, string>
}
