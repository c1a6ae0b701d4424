import { defineConfig } from 'vitest/config'

// Unit tests of the pure parts only: nothing here starts a server or touches the network.
export default defineConfig({ test: { include: ['tests/**/*.test.ts'] } })
