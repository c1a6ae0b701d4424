import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SanitizedConfig } from 'payload'

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const typesFile = path.resolve(cmsRoot, '../../packages/types/src/payload-types.ts')
export const importMapFile = path.resolve(cmsRoot, 'src/app/(payload)/admin/importMap.js')

/**
 * Runs `generate` with the config's outputs pointed at the committed files, or, for a check, at a
 * scratch folder. Returns [committed, written] pairs.
 */
export async function withScratchOutputs(
  scratch: boolean,
  config: SanitizedConfig,
  generate: (config: SanitizedConfig) => Promise<void>,
): Promise<[string, string][]> {
  const dir = scratch ? mkdtempSync(path.join(tmpdir(), 'stadtmacher-generate-')) : undefined
  const types = dir ? path.join(dir, 'payload-types.ts') : typesFile
  // Beside the real one: the import map's import paths are relative to its own folder.
  const importMap = dir ? importMapFile.replace(/\.js$/, '.check.js') : importMapFile
  await generate({
    ...config,
    typescript: { ...config.typescript, outputFile: types },
    admin: { ...config.admin, importMap: { ...config.admin.importMap, importMapFile: importMap } },
  })
  return [
    [typesFile, types],
    [importMapFile, importMap],
  ]
}
