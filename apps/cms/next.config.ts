import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const nextConfig: NextConfig = {
  // Turbopack must see the whole monorepo to resolve workspace packages.
  turbopack: { root: repoRoot },
  outputFileTracingRoot: repoRoot,
  output: 'standalone',
  poweredByHeader: false,
  transpilePackages: ['@stadtmacher/config'],
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
