// `tsx data/snapshot.ts`: while the full data set is still being written, saves what is committed so far
// as the cached data set with that many TERRAIN profiles (`pnpm bench --terrain n` then uses it). Every
// profile is derived from its index alone, so the first n of the full set are exactly the set of n.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { cacheDir } from '../paths'
import { cacheFileName } from './cache'
import { dropParentIndexes } from './parentIndexes'
import { dataSeed, fullSizes } from './sizes'

const partial = readdirSync(cacheDir).find((name) => name.endsWith('.db.partial') && name.startsWith(`c${fullSizes.cities}-p${fullSizes.partnerships}-`))
if (!partial) throw new Error('no data set is being written')
const source = new DatabaseSync(path.join(cacheDir, partial), { readOnly: true })
const { count } = source.prepare('SELECT count(*) AS count FROM terrain').get() as { count: number }
// The migrations the partial file was built with, from its name: a snapshot is only valid for those.
const migrations = /-m([0-9a-f]+)\.db\.partial$/.exec(partial)?.[1] ?? ''
const target = path.join(cacheDir, cacheFileName({ ...fullSizes, terrain: count }, dataSeed, migrations))
// VACUUM INTO reads one consistent snapshot, even while the writer goes on.
source.exec(`VACUUM INTO '${target.replaceAll("'", "''")}'`)
source.close()
const copy = new DatabaseSync(target)
const tables = (copy.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_locales' ESCAPE '\\'`).all() as { name: string }[]).map((row) => row.name)
await dropParentIndexes(async (sql) => ({ rows: copy.prepare(sql).all() }), tables)
copy.close()
console.info(`[data] ${target} (${count} TERRAIN profiles): run pnpm bench --terrain ${count}`)
