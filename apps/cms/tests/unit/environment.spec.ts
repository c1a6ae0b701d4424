import { describe, expect, it } from 'vitest'
import { databaseAdapter, isMongoUri } from '../../src/database'
import { requireSecret } from '../../src/secret'

const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv

describe('database selection', () => {
  it('chooses MongoDB for mongodb:// and mongodb+srv:// addresses only', () => {
    expect(isMongoUri('mongodb://mongo:27017/stadtmacher')).toBe(true)
    expect(isMongoUri('mongodb+srv://cluster.example/stadtmacher')).toBe(true)
    expect(isMongoUri('file:./data/cms.db')).toBe(false)
    expect(isMongoUri('')).toBe(false)
  })

  it('names both adapters by their package', () => {
    expect(databaseAdapter('mongodb://127.0.0.1:27017/x').name).toBe('mongoose')
    expect(databaseAdapter('file:/tmp/stadtmacher-unit.db').name).toBe('sqlite')
  })

  it('refuses an address it cannot serve, with a message naming DATABASE_URI', () => {
    expect(() => databaseAdapter('postgres://localhost/x')).toThrow(/DATABASE_URI/)
  })
})

describe('PAYLOAD_SECRET', () => {
  it('comes from the environment when set', () => {
    expect(requireSecret(env({ PAYLOAD_SECRET: 'from-env' }))).toBe('from-env')
  })

  it('is required in production', () => {
    expect(() => requireSecret(env({ NODE_ENV: 'production' }))).toThrow(/PAYLOAD_SECRET/)
  })
})
