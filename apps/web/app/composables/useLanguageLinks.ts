import { localeLabels, locales, localeTags, type Locale } from '@stadtmacher/domain/locales'
import type { DocumentLocales } from '#shared/types/content'
import { documentPaths } from '#shared/utils/sections'

export type LanguageLink = { code: Locale; label: string; lang: string; to: string }

/**
 * Links to the current page in the other locales. On a document page only the locales the document
 * exists in, with its slug there. The header renders before the page, so this awaits the same request
 * (same key) the page makes instead of waiting for the page to report back.
 */
export async function useLanguageLinks() {
  const route = useRoute()
  const locale = useLocaleCode()
  const routeBaseName = useRouteBaseName()
  const switchLocalePath = useSwitchLocalePath()
  const baseName = () => {
    const name = routeBaseName(route)
    return typeof name === 'string' ? name : undefined
  }
  const section = computed(() => documentSectionOfRoute(baseName()))
  const request = computed(() => (section.value && typeof route.params.slug === 'string' ? documentRequest(section.value, locale.value, route.params.slug) : null))
  const { data } = await useContent<{ translations: DocumentLocales }>(
    () => request.value?.key ?? 'no-document',
    () => request.value?.url ?? null,
    () => request.value?.query ?? {},
    { throwOnError: false },
  )
  return computed<LanguageLink[]>(() => {
    // A document page links only the locales the document exists in, each with its slug there.
    const paths = section.value ? documentPaths(section.value, data.value?.translations) : undefined
    return locales
      .filter((code) => code !== locale.value && (!paths || paths[code] !== undefined))
      .map((code) => ({ code, label: localeLabels[code], lang: localeTags[code], to: paths?.[code] ?? switchLocalePath(code) }))
  })
}
