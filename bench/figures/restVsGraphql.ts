import { measurePair } from '../load'
import { fixed, rps } from '../report/format'
import { ratio } from '../stats'
import type { Figure } from './types'

const target = 'GraphQL ≥ 0.66 of REST'
const cityFields = 'id name slug country region coordinates { latitude longitude }'
// `select: true` makes Payload read only the fields the query asks for, as `select` does over REST below:
// each API with its own projection, as docs/partners.md tells partners to ask.
const graphqlQuery = `{ Partnerships(locale: de, limit: 20, sort: "title", select: true) { docs { id title slug since kind germanCity { ${cityFields} } chineseCity { ${cityFields} } } } }`
// The same fields over REST: `select` on the partnership, the cities populated with their defaultPopulate
// (name, slug, country, region, coordinates).
const restPath = '/api/partnerships?locale=de&depth=1&limit=20&sort=title&select[title]=true&select[slug]=true&select[since]=true&select[kind]=true&select[germanCity]=true&select[chineseCity]=true'

async function checkSameList(cmsUrl: string) {
  const rest = (await (await fetch(`${cmsUrl}${restPath}`)).json()) as { docs?: { slug: string }[] }
  const graphql = (await (await fetch(`${cmsUrl}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: graphqlQuery }) })).json()) as { data?: { Partnerships?: { docs: { slug: string }[] } }; errors?: { message: string }[] }
  const a = (rest.docs ?? []).map((d) => d.slug).join()
  const b = (graphql.data?.Partnerships?.docs ?? []).map((d) => d.slug).join()
  if (!a || a !== b) throw new Error(`REST and GraphQL lists differ (${graphql.errors?.[0]?.message ?? 'different documents'})`)
}

/** The same list (20 partnerships with both cities, German) over REST and GraphQL, straight from the CMS. */
export const restVsGraphql: Figure = {
  id: 'graphql',
  title: 'REST vs GraphQL',
  async run({ full, options }) {
    await checkSameList(full.cms.url)
    const load = { connections: options.connections, duration: options.duration }
    const [rest, graphql] = await measurePair(
      { ...load, url: `${full.cms.url}${restPath}` },
      { ...load, url: `${full.cms.url}/api/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: graphqlQuery }) },
      options.runs,
    )
    const value = ratio(graphql.rps, rest.rps)
    return [{
      figure: 'REST vs GraphQL (req/s, 20 partnerships with cities)',
      measured: `${fixed(value)} (${rps(graphql.rps)} vs ${rps(rest.rps)})`,
      target,
      status: rest.failures + graphql.failures > 0 ? 'error' : value >= 0.66 ? 'pass' : 'miss',
      data: { rest, graphql, ratio: value, graphqlQuery, restPath },
    }]
  },
}
