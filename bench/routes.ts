// Finds the site's page types by following its links from each locale's home page, so the bench keeps
// working when the site renames a section. A page type the site does not (yet) link to is simply absent
// and its figures say "not available".
import { childPaths, internalLinks } from './html/links'

export type PageType = 'home' | 'partnershipList' | 'partnershipDetail' | 'terrainList' | 'terrainDetail' | 'authorList' | 'authorDetail' | 'map'
export type LocaleRoutes = Partial<Record<PageType, string>>
export type SiteRoutes = Record<string, LocaleRoutes>

/** Slug shapes of the bench data (see data/plan.ts) that tell TERRAIN and author pages apart. */
const terrainSlug = /^(benchprofil|bench-profile|ceshi-dangan)-\d+$/
const authorSlug = /^bench-autorin-\d+$/
const mapSegment = /^(karte|map|ditu|landkarte|kooperationslandschaften|cooperation-landscapes)$/

const lastSegment = (path: string) => path.slice(path.lastIndexOf('/') + 1)

async function pageOf(origin: string, path: string): Promise<string> {
  const response = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(30_000) })
  return response.ok ? response.text() : ''
}

/** A server-rendered SVG map draws one path or line per connection: many shapes, not an icon or two. */
export const looksLikeMap = (html: string): boolean => /<svg\b/i.test(html) && (html.match(/<(path|line)\b/gi)?.length ?? 0) >= 20

/** Classifies a section root by the first of its child pages whose slug has a known shape. */
export function classifySection(children: readonly string[]): 'terrain' | 'author' | 'partnership' | null {
  const slugs = children.map(lastSegment)
  if (slugs.some((slug) => terrainSlug.test(slug))) return 'terrain'
  if (slugs.some((slug) => authorSlug.test(slug))) return 'author'
  if (slugs.length > 0) return 'partnership'
  return null
}

/** The routes of one locale, found from `/<locale>` and one level of section pages below it. */
export async function discoverLocale(origin: string, locale: string): Promise<LocaleRoutes> {
  const home = `/${locale}`
  const routes: LocaleRoutes = { home }
  const sections = childPaths(internalLinks(await pageOf(origin, home), origin), home)
  for (const section of sections) {
    if (mapSegment.test(lastSegment(section))) {
      routes.map ??= section
      continue
    }
    const html = await pageOf(origin, section)
    const children = childPaths(internalLinks(html, origin), section)
    const kind = classifySection(children)
    // A section without document pages may be the map under a name the pattern does not know.
    if (!kind && looksLikeMap(html)) routes.map ??= section
    if (!kind || routes[`${kind}List`]) continue
    routes[`${kind}List`] = section
    routes[`${kind}Detail`] = children.find((child) => kind !== 'terrain' || terrainSlug.test(lastSegment(child)))
  }
  return routes
}

export async function discoverRoutes(origin: string, locales: readonly string[]): Promise<SiteRoutes> {
  const routes: SiteRoutes = {}
  for (const locale of locales) routes[locale] = await discoverLocale(origin, locale)
  return routes
}
