// The site's built output, copied into the run's work folder so static files can be added without
// touching apps/web/.output. Nitro serves public files from a manifest generated at build time (with
// size and etag), so a file added later is only served once it is in that manifest: addStaticFile writes
// the file and the manifest entry Nitro would have generated, and the request then takes Nitro's own
// static-file path, which is what the "cached page vs static" figure compares against.
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { webDir } from '../paths'

export type WebOutput = { dir: string; entry: string }

/** Copies apps/web/.output into `workDir`. */
export function copyWebOutput(workDir: string): WebOutput {
  const dir = path.join(workDir, 'web-output')
  cpSync(path.join(webDir, '.output'), dir, { recursive: true })
  return { dir, entry: path.join(dir, 'server/index.mjs') }
}

function manifestChunk(output: WebOutput): string {
  const chunks = path.join(output.dir, 'server/chunks')
  const files = readdirSync(chunks, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mjs'))
  const found = files.find((file) => readFileSync(path.join(chunks, file), 'utf8').includes('const assets = {'))
  if (!found) throw new Error('Nitro public asset manifest not found in the built site')
  return path.join(chunks, found)
}

/** Serves `content` at `urlPath` (e.g. /__bench/page.html) as a public file of the copied site. */
export function addStaticFile(output: WebOutput, urlPath: string, content: string, type = 'text/html; charset=utf-8'): void {
  const file = path.join(output.dir, 'public', urlPath)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content)
  const size = Buffer.byteLength(content)
  const etag = `"${size.toString(16)}-${createHash('sha1').update(content).digest('base64').slice(0, 27)}"`
  const entry = { type, etag, mtime: new Date().toISOString(), size, path: `../public${urlPath}` }
  const chunk = manifestChunk(output)
  const source = readFileSync(chunk, 'utf8')
  writeFileSync(chunk, source.replace('const assets = {', `const assets = {\n  ${JSON.stringify(urlPath)}: ${JSON.stringify(entry)},`))
}
