import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { CmsDownLastSequencer } from './setup/sequencer'

// Playwright specs by page type against the built CMS and site (started in globalSetup); run by `pnpm e2e`.
export default defineConfig({
  resolve: { alias: { '#shared': fileURLToPath(new URL('../shared', import.meta.url)) } },
  test: {
    name: 'e2e',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['**/*.spec.ts'],
    globalSetup: ['./setup/globalSetup.ts'],
    fileParallelism: false,
    sequence: { sequencer: CmsDownLastSequencer },
    testTimeout: 60_000,
    hookTimeout: 360_000,
  },
})
