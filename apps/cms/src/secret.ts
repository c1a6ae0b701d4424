import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const devSecretFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/dev-secret')

function developmentSecret(): string {
  if (existsSync(devSecretFile)) return readFileSync(devSecretFile, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  mkdirSync(path.dirname(devSecretFile), { recursive: true })
  writeFileSync(devSecretFile, secret, { mode: 0o600 })
  return secret
}

/**
 * PAYLOAD_SECRET signs sessions, so a production server refuses to start without one. Outside
 * production a random secret is kept in the git-ignored data folder, so nothing secret is committed and
 * sessions survive a restart of the dev server.
 */
export function requireSecret(env = process.env): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  const building = env.NEXT_PHASE === 'phase-production-build'
  if (env.NODE_ENV === 'production' && !building) {
    throw new Error('PAYLOAD_SECRET must be set in production (see .env.example).')
  }
  return developmentSecret()
}
