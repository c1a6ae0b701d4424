// Pure HTML reading for route discovery: the bench finds the site's pages by following its links rather
// than hard-coding paths that the site may rename.

const hrefPattern = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi

/** Same-origin paths of every `<a href>` (query and hash dropped), in document order, without duplicates. */
export function internalLinks(html: string, origin: string): string[] {
  const paths = new Set<string>()
  for (const match of html.matchAll(hrefPattern)) {
    const href = match[1] ?? match[2] ?? ''
    let url: URL
    try {
      url = new URL(href.replaceAll('&amp;', '&'), origin)
    } catch {
      continue
    }
    if (url.origin === origin) paths.add(decodeURI(url.pathname).replace(/\/$/, '') || '/')
  }
  return [...paths]
}

/** The direct children of `parent` among `paths`: `/de/terrain/x` for `/de/terrain`, not deeper ones. */
export function childPaths(paths: readonly string[], parent: string): string[] {
  const prefix = `${parent}/`
  return paths.filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
}
