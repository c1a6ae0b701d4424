import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { seed } from '../../src/seed'
import { startCms, type TestCms } from './payload'

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The files under a folder, in a stable order. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}

/** A hash of everything that shapes the seeded database: the CMS sources (config, seed, data), the domain facts and the lockfile. */
function sourceHash(): string {
  const hash = createHash('sha256')
  const sources = [...filesUnder(path.join(cmsRoot, 'src')), ...filesUnder(path.join(cmsRoot, '../../packages/domain/src'))]
  for (const file of [...sources, path.join(cmsRoot, '../../pnpm-lock.yaml')]) {
    hash.update(file).update(readFileSync(file))
  }
  return hash.digest('hex').slice(0, 16)
}

/**
 * A CMS with the seed content on SQLite. Seeding takes a while, so the first caller saves a snapshot
 * (keyed by a hash of the sources) in the temp directory and later callers, in this run or the next,
 * start from a copy of it. Each caller still gets a database of its own.
 */
export async function startSeededCms(): Promise<TestCms> {
  const snapshot = path.join(tmpdir(), `stadtmacher-seeded-${sourceHash()}`)
  if (existsSync(path.join(snapshot, 'cms.db'))) return startCms(undefined, snapshot)
  const cms = await startCms()
  await seed(cms.payload, () => {})
  const staging = mkdtempSync(`${snapshot}-staging-`)
  await (cms.payload.db as unknown as SQLiteAdapter).client.execute(`VACUUM INTO '${path.join(staging, 'cms.db')}'`)
  const media = process.env.MEDIA_DIR
  if (media && existsSync(media)) cpSync(media, path.join(staging, 'media'), { recursive: true })
  writeFileSync(path.join(staging, 'README'), 'A seeded Stadtmacher test database; safe to delete.\n')
  try {
    // Renaming is atomic: a parallel run sees either no snapshot or a whole one.
    renameSync(staging, snapshot)
  } catch {
    rmSync(staging, { recursive: true, force: true })
  }
  // Snapshots of older sources are of no use any more.
  for (const old of readdirSync(tmpdir()).filter((name) => /^stadtmacher-seeded-[0-9a-f]{16}$/.test(name) && path.join(tmpdir(), name) !== snapshot)) {
    rmSync(path.join(tmpdir(), old), { recursive: true, force: true })
  }
  return cms
}
