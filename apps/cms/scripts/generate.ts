// Writes the generated artefacts: the shared types (packages/types) and the admin import map.
// Called from a script because `payload generate:types` can exit 0 without writing on Node 20
// (payloadcms/payload#17757); every file is checked after writing. With --check nothing is written:
// the run fails when a committed file differs from a fresh generation.
import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { generateImportMap, type SanitizedConfig } from 'payload'
import { generateTypes } from 'payload/node'
import { importMapFile, typesFile, withScratchOutputs } from './generatedFiles'

process.env.STADTMACHER_SEED = 'off'
const check = process.argv.includes('--check')
const { default: configPromise } = await import('../src/payload.config')
const config: SanitizedConfig = await configPromise

const outputs = await withScratchOutputs(check, config, async (cfg) => {
  await generateTypes(cfg, { log: false })
  await generateImportMap(cfg, { log: false, force: true })
})

let stale = 0
for (const [committed, fresh] of outputs) {
  const freshText = readFileSync(fresh, 'utf8')
  if (!freshText.trim()) throw new Error(`Generation wrote nothing to ${fresh}`)
  if (check && readFileSync(committed, 'utf8') !== freshText) {
    console.error(`stale: ${path.relative(process.cwd(), committed)} differs from a fresh generation; run pnpm types:generate`)
    stale++
  }
}
if (check) rmSync(outputs[1]![1], { force: true })
if (stale) process.exit(1)
console.info(check ? 'generated files are up to date' : `wrote ${typesFile} and ${importMapFile}`)
process.exit(0)
