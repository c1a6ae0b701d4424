// Bundles the widget into one small ES module; nuxt.config.ts writes it where Nitro serves `/embed/`.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const entry = fileURLToPath(new URL('./index.ts', import.meta.url))

/** The minified widget module (`stadtmacher.js`) as text. */
export async function bundleEmbed(): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, legalComments: 'none', write: false })
  const output = result.outputFiles[0]
  if (!output) throw new Error('[embed] esbuild produced no output')
  return output.text
}

/** Writes `stadtmacher.js` into `dir`. */
export async function writeEmbed(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'stadtmacher.js'), await bundleEmbed())
}
