import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setTimeout as sleep } from 'node:timers/promises'
import { keepStatisticsFresh } from '../../src/database/analyzeStatistics'
import { startCms, type TestCms } from '../helpers/payload'

/** The query plans of the SQL statements Payload runs for one REST read. */
async function plansOf(cms: TestCms, path: string): Promise<{ sql: string; plan: string[] }[]> {
  const { client } = cms.payload.db as unknown as SQLiteAdapter
  const statements: { sql: string; args: unknown }[] = []
  const execute = client.execute.bind(client)
  client.execute = ((statement: { sql: string; args: unknown }) => {
    statements.push(statement)
    return execute(statement as never)
  }) as typeof client.execute
  try {
    expect((await cms.rest('GET', path)).status).toBe(200)
  } finally {
    client.execute = execute
  }
  return Promise.all(
    statements.map(async ({ sql, args }) => ({
      sql,
      plan: (await execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: args as never })).rows.map((row) => String(row.detail)),
    })),
  )
}

describe('query plans of look-ups by slug and of lists', () => {
  let cms: TestCms

  beforeAll(async () => {
    cms = await startCms()
    for (let n = 0; n < 20; n += 1) {
      await cms.payload.create({
        collection: 'terrain',
        locale: 'de',
        overrideAccess: true,
        data: { kind: 'essay', title: `Profil ${n}`, teaser: 'Anriss', slug: `profil-${n}`, _status: 'published' },
      })
    }
    // The table was empty when this CMS started: the statistics taken again later cover the profiles.
    const timer = keepStatisticsFresh(cms.payload, 50)
    await sleep(500)
    clearInterval(timer)
  }, 120_000)
  afterAll(async () => cms?.close())

  it('gives the planner statistics when the CMS starts', async () => {
    const { client } = cms.payload.db as unknown as SQLiteAdapter
    const { rows } = await client.execute("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'sqlite_stat1'")
    expect(Number(rows[0]?.n)).toBe(1)
  })

  it.each([
    ['in one locale', 'terrain?locale=de&depth=0&limit=1&where[slug][equals]=profil-7'],
    ['in every locale at once', 'terrain?locale=all&depth=0&limit=1&where[slug.de][equals]=profil-7'],
  ])('searches the slug index, not every published row, for a look-up %s', async (_, path) => {
    const bySlug = (await plansOf(cms, path)).filter(({ sql }) => /_locales".*"slug" = \?/.test(sql))
    expect(bySlug.length).toBeGreaterThan(0)
    for (const { plan } of bySlug) {
      expect(plan.some((step) => step.includes('terrain_slug_idx'))).toBe(true)
      expect(plan.some((step) => step.includes('terrain__status_idx'))).toBe(false)
    }
  })

  it('reads a page of a list sorted by title in index order, and counts the list from an index alone', async () => {
    const plans = await plansOf(cms, 'terrain?locale=de&depth=0&limit=5&sort=title')
    const page = plans.filter(({ sql }) => sql.includes('order by "terrain_locales"."title"'))
    const count = plans.filter(({ sql }) => sql.includes('COUNT(1)'))
    expect(page.length).toBeGreaterThan(0)
    expect(count.length).toBeGreaterThan(0)
    for (const { plan } of page) {
      expect(plan.some((step) => step.includes('terrain_locales_published_title_idx'))).toBe(true)
      expect(plan).not.toContain('USE TEMP B-TREE FOR ORDER BY')
    }
    for (const { plan } of count) expect(plan.some((step) => step.includes('COVERING INDEX terrain_locales_published_idx'))).toBe(true)
  })
})
