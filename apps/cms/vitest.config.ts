import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.spec.ts'],
    // Each integration file boots its own Payload on its own SQLite file; two cores run them one by one.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Tests send hundreds of requests from one address; the rate-limit tests set their own limits.
    env: { NODE_ENV: 'test', STADTMACHER_SEED: 'off', RATE_LIMIT_ANONYMOUS: '0', RATE_LIMIT_PARTNER: '0', RATE_LIMIT_SESSION: '0', RATE_LIMIT_LOGIN: '0', RATE_LIMIT_FORGOT_PASSWORD: '0', RATE_LIMIT_FIRST_REGISTER: '0', RATE_LIMIT_LOGIN_FAILURES: '0', RATE_LIMIT_LOGIN_FAILURES_DAILY: '0' },
  },
})
