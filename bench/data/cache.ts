// Generated databases are cached under bench/.cache, keyed by the data set's size and seed, the hash
// of the committed migrations (a schema change means a new file) and a generator version (bump it when
// the plan changes what it writes). Later runs copy the cached file instead of writing 20,000 documents.
// A file built before a migration was added is still used: the production CMS applies the pending
// migrations when it starts (prodMigrations), so a new migration does not cost another hour of writing.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { benchDir, cacheDir, migrationsDir } from '../paths'
import { sizesKey, type DataSizes } from './sizes'

const generatorVersion = 2

/** A short hash of every file in the migrations folder, names and contents. */
export function migrationsHash(dir = migrationsDir): string {
  const hash = createHash('sha256')
  for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(path.join(dir, name)))
  return hash.digest('hex').slice(0, 12)
}

/** Each migration module by name with a hash of its content: what a cached file was built with. */
export function migrationFiles(dir = migrationsDir): Record<string, string> {
  const files = readdirSync(dir).filter((name) => /^\d{8}_\d{6}_.+\.ts$/.test(name)).sort()
  return Object.fromEntries(files.map((name) => [name, createHash('sha256').update(readFileSync(path.join(dir, name))).digest('hex')]))
}

const builtWithFile = (file: string) => `${file}.migrations.json`

/** A cached file of this data set whose migrations are all still committed unchanged (newer ones may follow). */
function olderCompatible(prefix: string): string | undefined {
  const current = migrationFiles()
  return readdirSync(cacheDir)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.db') && existsSync(builtWithFile(path.join(cacheDir, name))))
    .map((name) => path.join(cacheDir, name))
    .find((file) => {
      const builtWith = JSON.parse(readFileSync(builtWithFile(file), 'utf8')) as Record<string, string>
      return Object.entries(builtWith).every(([name, hash]) => current[name] === hash)
    })
}

export const cacheFileName = (sizes: DataSizes, seed: number, migrations: string) =>
  `${sizesKey(sizes)}-s${seed}-g${generatorVersion}-m${migrations}.db`

/** TERRAIN profiles per writer process: the writer's memory grows with every document (see data/build.ts). */
const terrainSlice = 2000

function runStep(file: string, sizes: DataSizes, seed: number, step: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'data/build.ts', file, JSON.stringify(sizes), String(seed), ...step], { cwd: benchDir, stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`data build (${step.join(' ')}) exited with ${code}`))))
  })
}

async function runBuild(file: string, sizes: DataSizes, seed: number): Promise<void> {
  await runStep(file, sizes, seed, ['base'])
  for (let from = 0; from < sizes.terrain; from += terrainSlice) {
    await runStep(file, sizes, seed, ['terrain', String(from), String(Math.min(sizes.terrain, from + terrainSlice))])
  }
  await runStep(file, sizes, seed, ['finish'])
}

/** Removes cached files of the same data set built against older migrations. */
function pruneStale(sizes: DataSizes, keep: string) {
  for (const name of readdirSync(cacheDir)) {
    if (name.startsWith(`${sizesKey(sizes)}-`) && !name.startsWith(keep)) rmSync(path.join(cacheDir, name), { force: true })
  }
}

/** The cached database for this data set, building it first when missing. Returns its path. */
export async function cachedDataSet(sizes: DataSizes, seed: number, log: (message: string) => void): Promise<string> {
  mkdirSync(cacheDir, { recursive: true })
  const name = cacheFileName(sizes, seed, migrationsHash())
  const file = path.join(cacheDir, name)
  if (existsSync(file)) return file
  const older = olderCompatible(name.replace(/m[0-9a-f]+\.db$/, ''))
  if (older) return older
  log(`building data set ${sizesKey(sizes)} (cached for later runs)`)
  const partial = `${file}.partial`
  rmSync(partial, { force: true })
  const builtWith = migrationFiles()
  await runBuild(partial, sizes, seed)
  writeFileSync(builtWithFile(file), JSON.stringify(builtWith, null, 2))
  // Renamed only when complete, so an interrupted build is never mistaken for a cached one.
  renameSync(partial, file)
  pruneStale(sizes, name)
  return file
}

/** A private copy for one run: the CMS may write to its database, the cache must stay pristine. */
export function workingCopy(cached: string, dir: string): string {
  const copy = path.join(dir, path.basename(cached))
  copyFileSync(cached, copy)
  return copy
}
