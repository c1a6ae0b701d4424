import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // The CMS under test runs in this process, with the same settings as the CMS's own tests.
    env: { NODE_ENV: 'test', STADTMACHER_SEED: 'off', RATE_LIMIT_ANONYMOUS: '0', RATE_LIMIT_PARTNER: '0', RATE_LIMIT_SESSION: '0', RATE_LIMIT_LOGIN: '0' },
  },
})
