// The CMS's production starts written as text pass the Node flags that the e2e suite and the benchmark
// take from @stadtmacher/config/cmsNode, so that what is measured and tested is what production runs.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { cmsNodeFlags, cmsServer, cmsStandaloneServer } from '@stadtmacher/config/cmsNode'
import { describe, expect, it } from 'vitest'

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const read = (file: string): string => readFileSync(path.join(cmsRoot, file), 'utf8')

describe('Node flags and server of the production CMS', () => {
  it('are passed by the start script', () => {
    const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> }
    expect(scripts.start?.split(' ').slice(0, cmsNodeFlags.length + 2)).toEqual(['node', ...cmsNodeFlags, cmsServer])
  })

  it('are passed by the Docker image', () => {
    const cmd = read('Dockerfile').split('\n').filter((line) => /^CMD\s/.test(line)).at(-1) ?? ''
    expect(JSON.parse(cmd.replace(/^CMD\s+/, ''))).toEqual(['node', ...cmsNodeFlags, cmsStandaloneServer])
  })

  it('is bundled into the standalone output by the build', () => {
    const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> }
    expect(scripts.build).toContain(`esbuild ${cmsServer} `)
    expect(scripts.build).toContain(`--outfile=.next/standalone/${cmsStandaloneServer}`)
  })
})
