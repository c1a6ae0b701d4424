import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.spec.ts'],
    // Each integration file boots its own Payload on its own SQLite file; two cores run them one by one.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    env: { NODE_ENV: 'test', STADTMACHER_SEED: 'off' },
  },
})
