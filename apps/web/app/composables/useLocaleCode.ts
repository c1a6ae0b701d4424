import { defaultLocale, isLocale, type Locale } from '@stadtmacher/domain/locales'

/**
 * The locale of the route this component belongs to (route names end in `___<locale>`), else the i18n
 * locale. During a language switch i18n changes locale before the new page replaces the old one; reading
 * the page's own route keeps the old page from fetching its slug in the new locale.
 */
export function useLocaleCode() {
  const route = useRoute()
  const { locale } = useI18n()
  return computed<Locale>(() => {
    const fromRoute = String(route.name ?? '').split('___')[1]
    if (isLocale(fromRoute)) return fromRoute
    return isLocale(locale.value) ? locale.value : defaultLocale
  })
}
