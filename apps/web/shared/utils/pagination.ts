/** A page number from a URL query (`?page=3`); anything else is page 1. */
export function pageFromQuery(query: Record<string, unknown>): number {
  const value = Array.isArray(query.page) ? query.page[0] : query.page
  const page = Number.parseInt(String(value ?? '1'), 10)
  return Number.isFinite(page) && page > 0 && page < 10_000 ? page : 1
}

export type Paged<T> = { docs: T[]; page: number; totalPages: number; totalDocs: number }

/** One page of `items`; a page past the end is the last page. */
export function paginate<T>(items: T[], page: number, size: number): Paged<T> {
  const totalPages = Math.max(Math.ceil(items.length / size), 1)
  const current = Math.min(page, totalPages)
  return { docs: items.slice((current - 1) * size, current * size), page: current, totalPages, totalDocs: items.length }
}
