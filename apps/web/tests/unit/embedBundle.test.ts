import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { bundleEmbed } from '../../embed/build'

describe('embed bundle', () => {
  it('is one ES module under 15 kB gzipped that defines the custom element', async () => {
    const code = await bundleEmbed()
    const gzipped = gzipSync(code).length
    console.info(`[embed] stadtmacher.js: ${code.length} bytes, ${gzipped} bytes gzipped`)
    expect(gzipped).toBeLessThan(15 * 1024)
    expect(code).toContain('stadtmacher-partnership')
    expect(code).toContain('import.meta.url')
    expect(code).not.toMatch(/^\s*import\s/m)
  })
})
