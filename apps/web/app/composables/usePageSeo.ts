import { defaultLocale, isLocale, localeTags, type Locale } from '@stadtmacher/domain/locales'

type PageSeo = {
  title: string
  description: string
  /** Site-relative path of this page in each locale it exists in. */
  paths: Partial<Record<Locale, string>>
  /** Site-relative image for Open Graph. */
  image?: string | null
  type?: 'website' | 'article'
}

/** Title, description, canonical, hreflang alternates (+ x-default = German) and Open Graph for a page. */
export function usePageSeo(seo: () => PageSeo) {
  const { locale } = useI18n()
  const { siteUrl } = useRuntimeConfig().public
  const absolute = (path: string) => new URL(path, siteUrl).toString()
  const current = computed(() => (isLocale(locale.value) ? locale.value : defaultLocale))
  const canonical = computed(() => {
    const { paths } = seo()
    const path = paths[current.value] ?? paths[defaultLocale] ?? Object.values(paths)[0]
    return path ? absolute(path) : undefined
  })

  useHead({
    link: () => {
      const { paths } = seo()
      const entries = Object.entries(paths) as [Locale, string][]
      const fallback = paths[defaultLocale]
      const alternates = [
        ...entries.map(([code, path]) => ({ hreflang: localeTags[code], href: absolute(path) })),
        ...(fallback ? [{ hreflang: 'x-default', href: absolute(fallback) }] : []),
      ].map((link) => ({ key: `alternate-${link.hreflang}`, rel: 'alternate' as const, ...link }))
      return [...(canonical.value ? [{ key: 'canonical', rel: 'canonical' as const, href: canonical.value }] : []), ...alternates]
    },
  })
  useSeoMeta({
    title: () => seo().title,
    description: () => seo().description,
    ogTitle: () => seo().title,
    ogDescription: () => seo().description,
    ogType: () => seo().type ?? 'website',
    ogUrl: () => canonical.value,
    ogSiteName: 'Stadtmacher',
    ogLocale: () => localeTags[current.value].replace('-', '_'),
    ogImage: () => {
      const image = seo().image
      return image ? absolute(image) : undefined
    },
    twitterCard: () => (seo().image ? 'summary_large_image' : 'summary'),
  })
}
