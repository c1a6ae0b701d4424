// Where the bench reads and writes: everything is relative to this package, so it runs from any cwd.
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const benchDir = path.dirname(fileURLToPath(import.meta.url))
export const repoDir = path.resolve(benchDir, '..')
export const cmsDir = path.join(repoDir, 'apps/cms')
export const webDir = path.join(repoDir, 'apps/web')
export const cacheDir = path.join(benchDir, '.cache')
export const resultsDir = path.join(benchDir, 'results')
export const migrationsDir = path.join(cmsDir, 'src/migrations')
