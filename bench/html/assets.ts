// Which JavaScript a page makes the browser load: module scripts and modulepreload links. Page weight
// counts these (gzip), so a page type's JS budget is what its HTML actually asks for.

// `\s` before the name, not `\b`: Nuxt's payload script has a `data-src`, which is not a script to load.
const scriptSrc = /<script\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>/gi
const linkTag = /<link\b[^>]*>/gi
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag)

/** Absolute URLs of the scripts and module preloads in `html`, without duplicates. */
export function scriptAssets(html: string, base: string): string[] {
  const urls = new Set<string>()
  for (const match of html.matchAll(scriptSrc)) urls.add(new URL(match[1] ?? match[2] ?? '', base).href)
  for (const [tag] of html.matchAll(linkTag)) {
    const rel = attribute(tag, 'rel')
    const href = attribute(tag, 'href')
    if (!rel || !href) continue
    const rels = (rel[1] ?? rel[2] ?? '').toLowerCase().split(/\s+/)
    const isScript = rels.includes('modulepreload') || (rels.includes('preload') && /as\s*=\s*["']?script/i.test(tag))
    if (isScript) urls.add(new URL(href[1] ?? href[2] ?? '', base).href)
  }
  return [...urls]
}

/** The extracted Nuxt payload (`_payload.json`, preloaded by cached pages), as an absolute URL, or null. */
export function payloadUrl(html: string, base: string): string | null {
  for (const [tag] of html.matchAll(linkTag)) {
    const href = attribute(tag, 'href')
    const value = href ? (href[1] ?? href[2] ?? '') : ''
    if (/\/_payload\.json(\?|$)/.test(value)) return new URL(value.replaceAll('&amp;', '&'), base).href
  }
  return null
}

/** The inline Nuxt payload (`<script type="application/json" id="__NUXT_DATA__">`), or null. */
export function nuxtPayload(html: string): string | null {
  const match = /<script\b[^>]*\bid\s*=\s*["']__NUXT_DATA__["'][^>]*>([\s\S]*?)<\/script>/i.exec(html)
  return match ? match[1]! : null
}
