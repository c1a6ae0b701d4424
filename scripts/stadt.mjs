#!/usr/bin/env node
// The README's entry point. It must run on the machine's own Node (20 is enough) and npm: it brings the
// project's Node (package.json `stadtmacher.node`) and pnpm 10 into .tools/ from the npm registry, installs
// the workspace with the committed lockfile, then hands the pnpm script named on the command line to pnpm
// running on that Node.
// Usage: node scripts/stadt.mjs <root package.json script> [args...]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const tools = join(root, '.tools')
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const nodeVersion = manifest.stadtmacher.node
const pnpmVersion = manifest.packageManager.replace(/^pnpm@/, '').split('+')[0]

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options })
  if (result.error) throw result.error
  return result.status ?? 1
}

function npmInstallInto(folder, spec) {
  mkdirSync(folder, { recursive: true })
  const status = run('npm', ['install', '--prefix', folder, spec, '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'])
  if (status !== 0) throw new Error(`npm could not install ${spec}`)
}

function ensureNode() {
  const pkg = `node-${process.platform}-${process.arch}`
  const folder = join(tools, `node-${nodeVersion}`)
  const bin = join(folder, 'node_modules', pkg, 'bin')
  if (!existsSync(join(bin, 'node'))) {
    console.log(`[stadt] installing Node ${nodeVersion} (${pkg}) into .tools/`)
    npmInstallInto(folder, `${pkg}@${nodeVersion}`)
  }
  assertRuns(join(bin, 'node'))
  return bin
}

/** Node's Linux binaries since 25 load the system's libatomic, which minimal images lack: say so plainly. */
function assertRuns(node) {
  const result = spawnSync(node, ['--version'], { encoding: 'utf8' })
  if (result.status === 0) return
  const why = (result.stderr || result.error?.message || '').trim()
  const hint = why.includes('libatomic') ? '\n[stadt] install the system library first, e.g. `apt-get install libatomic1` on Debian or Ubuntu.' : ''
  console.error(`[stadt] the project's Node ${nodeVersion} does not start on this machine: ${why}${hint}`)
  process.exit(1)
}

function ensurePnpm(nodeBin) {
  const folder = join(tools, `pnpm-${pnpmVersion}`)
  const cli = join(folder, 'node_modules', 'pnpm', 'bin', 'pnpm.cjs')
  if (!existsSync(cli)) {
    console.log(`[stadt] installing pnpm ${pnpmVersion} into .tools/`)
    npmInstallInto(folder, `pnpm@${pnpmVersion}`)
  }
  // A shim so that scripts and developers (PATH=.tools/bin:$PATH) get this pnpm on this Node.
  const shimDir = join(tools, 'bin')
  mkdirSync(shimDir, { recursive: true })
  const shim = join(shimDir, 'pnpm')
  writeFileSync(shim, `#!/bin/sh\nexec "${join(nodeBin, 'node')}" "${cli}" "$@"\n`)
  chmodSync(shim, 0o755)
  return shimDir
}

const [script, ...args] = process.argv.slice(2)
if (!script) {
  console.error('usage: node scripts/stadt.mjs <script> [args...]')
  process.exit(2)
}

const nodeBin = ensureNode()
const shimDir = ensurePnpm(nodeBin)
const env = {
  ...process.env,
  PATH: [shimDir, nodeBin, process.env.PATH].join(':'),
  COREPACK_ENABLE_STRICT: '0',
  TURBO_TELEMETRY_DISABLED: '1',
  NEXT_TELEMETRY_DISABLED: '1',
  NUXT_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
}
const install = run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline'], { env })
if (install !== 0) process.exit(install)
process.exit(run('pnpm', ['run', script, ...args], { env }))
