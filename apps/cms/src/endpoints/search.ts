import type { Endpoint, PayloadRequest, Where } from 'payload'
import { highlight } from '../search/highlight'
import { isSearchQueryError, parseSearchQuery, type SearchQuery } from '../search/parseSearchQuery'
import type { SearchableCollection } from '@stadtmacher/domain/documentTypes'

async function searchGroup(req: PayloadRequest, query: SearchQuery, type: SearchableCollection) {
  const where: Where = {
    and: [{ locale: { equals: query.locale } }, { type: { equals: type } }, ...query.words.map((word) => ({ words: { contains: word } }))],
  }
  const found = await req.payload.find({ collection: 'search-index', where, limit: query.limit, sort: 'title', depth: 0, overrideAccess: true, req })
  return {
    type,
    total: found.totalDocs,
    docs: found.docs.map((row) => ({
      id: row.docId,
      slug: row.slug,
      title: row.title,
      snippet: row.snippet ?? '',
      highlight: { title: highlight(row.title, query.q), snippet: highlight(row.snippet ?? '', query.q) },
    })),
  }
}

/**
 * GET /api/search?q=…&locale=de[&type=partnerships,cities][&limit=5]: published partnerships, cities,
 * TERRAIN profiles and authors whose own text in that locale contains every word of q, grouped by type.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const query = parseSearchQuery(new URL(req.url ?? '', 'http://localhost').searchParams)
    if (isSearchQueryError(query)) return Response.json({ errors: [query] }, { status: 400 })
    // A query of only punctuation or emoji folds to nothing: a clear empty answer, not a match-all.
    const groups = query.words.length ? await Promise.all(query.types.map((type) => searchGroup(req, query, type))) : []
    return Response.json({
      query: query.q,
      locale: query.locale,
      total: groups.reduce((sum, group) => sum + group.total, 0),
      groups: groups.filter((group) => group.total > 0),
    })
  },
}
