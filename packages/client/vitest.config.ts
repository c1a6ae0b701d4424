import { defineConfig } from 'vitest/config'

// Unit tests only: the client against a running CMS is tested with the CMS (apps/cms/tests/int/partnerClient.int.spec.ts).
export default defineConfig({
  test: { include: ['tests/**/*.test.ts'] },
})
