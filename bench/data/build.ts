// Child process entry, one step of writing a data set into a SQLite file with the CMS's own config:
//   tsx data/build.ts <file.db> <sizes-json> <seed> base            topics, cities, authors, partnerships
//   tsx data/build.ts <file.db> <sizes-json> <seed> terrain <from> <to>
//   tsx data/build.ts <file.db> <sizes-json> <seed> finish          drop the helper indexes, fold the WAL in
// Separate processes because Payload reads its environment at import time and keeps global state, and
// because the writer's memory grows by about 2 MB per document and is not given back (not JS heap: a
// collection does not free it), so TERRAIN is written in slices by short-lived processes.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { DataSizes } from './sizes'

const [file, sizesJson, seedText, step, fromText, toText] = process.argv.slice(2)
if (!file || !sizesJson || !seedText || !step) throw new Error('usage: tsx data/build.ts <file.db> <sizes-json> <seed> base|terrain <from> <to>|finish')

// Production mode: the schema comes from the committed migrations, exactly as `next start` expects it.
// The writer uploads nothing, but the CMS wants a media folder: a temporary one, removed at the end.
const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'stadtmacher-bench-media-'))
Object.assign(process.env, {
  NODE_ENV: 'production',
  DATABASE_URI: `file:${file}`,
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  MEDIA_DIR: mediaDir,
  STADTMACHER_SEED: 'off',
  // No job runner in a writer that exits after a few minutes.
  STADTMACHER_JOBS: 'off',
})

const { getPayload } = await import('payload')
// A computed path keeps the CMS sources out of this package's type check (they are checked in apps/cms).
const configModule = path.resolve(import.meta.dirname, '../../apps/cms/src/payload.config.ts')
const { default: config } = (await import(configModule)) as { default: Parameters<typeof getPayload>[0]['config'] }
const { writeBase, writeTerrain } = await import('./writeDocuments')
const { addParentIndexes, dropParentIndexes } = await import('./parentIndexes')

const payload = await getPayload({ config })
type Rows = { rows: ArrayLike<Record<string, unknown>> }
const execute = (sql: string) => (payload.db as unknown as { client: { execute(sql: string): Promise<Rows> } }).client.execute(sql)
const sizes = JSON.parse(sizesJson) as DataSizes
const seed = Number(seedText)
const log = (message: string) => console.info(`[data] ${message}`)

// A throwaway file rebuilt from scratch on failure: durability buys nothing, so skip the fsyncs.
await execute('PRAGMA journal_mode=WAL')
await execute('PRAGMA synchronous=OFF')
if (step === 'base') {
  await addParentIndexes(execute)
  await writeBase(payload, sizes, seed, log)
} else if (step === 'terrain') {
  await writeTerrain(payload, sizes, seed, Number(fromText), Number(toText), log)
} else if (step === 'finish') {
  await dropParentIndexes(execute, await addParentIndexes(execute))
  // Fold the WAL back in so the single .db file is complete when it is copied.
  await execute('PRAGMA wal_checkpoint(TRUNCATE)')
  await execute('PRAGMA journal_mode=DELETE')
} else {
  throw new Error(`unknown step ${step}`)
}
await payload.destroy()
rmSync(mediaDir, { recursive: true, force: true })
process.exit(0)
