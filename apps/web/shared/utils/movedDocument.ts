/**
 * A document page whose slug a published document had before in that locale: the BFF answers 404 with
 * `{ movedTo }` (the document's slug now), and the page answers 301 to it (app/composables/useContent.ts).
 * Not a 3xx from the BFF: fetch would follow it and the page would render under the old address.
 */
export type MovedDocument = { movedTo: string }

const isMoved = (value: unknown): value is MovedDocument =>
  typeof value === 'object' && value !== null && typeof (value as { movedTo?: unknown }).movedTo === 'string'

/**
 * The new slug carried by a failed BFF request, or undefined for any other failure. The BFF's error body
 * holds it under `data` (h3's error JSON); a fetch error holds that body under `data` again.
 */
export function movedToOf(error: unknown): string | undefined {
  let value: unknown = error
  for (let depth = 0; depth < 3 && typeof value === 'object' && value !== null; depth++) {
    if (isMoved(value)) return value.movedTo
    value = (value as { data?: unknown }).data
  }
  return undefined
}

type RouteTarget = { name?: unknown; params: object; query: object; hash: string }

/** The same page (route, locale, query string, fragment) with the document's current slug. */
export function movedRoute<R extends RouteTarget>(route: R, slug: string): Pick<R, 'name' | 'params' | 'query' | 'hash'> {
  return { name: route.name, params: { ...route.params, slug }, query: route.query, hash: route.hash }
}
