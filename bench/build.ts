// Both apps are measured as production builds. `--no-build` reuses existing outputs (and fails clearly
// when there are none).
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { cmsDir, repoDir, webDir } from './paths'

const outputs = { cms: path.join(cmsDir, '.next/BUILD_ID'), web: path.join(webDir, '.output/server/index.mjs') }

function pnpm(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('pnpm', args, { cwd: repoDir, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NUXT_TELEMETRY_DISABLED: '1' } })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pnpm ${args.join(' ')} exited with ${code}`))))
  })
}

/** Builds the CMS and the site unless `skip` is set; then checks that both outputs exist. */
export async function buildApps(skip: boolean, log: (message: string) => void): Promise<void> {
  if (!skip) {
    // Through turbo, so that the packages the apps bundle (the client's dist) are built first: building
    // the apps alone once measured a site with a client older than the CMS it talked to.
    log('building the CMS, the site and the packages they bundle (turbo run build)')
    await pnpm(['exec', 'turbo', 'run', 'build', '--filter=@stadtmacher/cms', '--filter=@stadtmacher/web'])
  }
  for (const [app, file] of Object.entries(outputs)) {
    if (existsSync(file)) continue
    // Builds write into the shared working tree: a build someone else runs at the same time can remove ours.
    throw new Error(`no ${app} build output (${file}): ${skip ? 'run without --no-build' : 'the build did not leave one (another build running at the same time?)'}`)
  }
}
