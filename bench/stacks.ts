// Starts what the figures measure: for each data set a CMS (apps/cms/server/start.ts) on a private copy
// of the cached database and a site (Nitro) in front of it, then finds the site's routes. The full site
// also serves the partnership page's HTML as a static file, for the "cached page vs static" figure.
import { locales } from '@stadtmacher/domain/locales'
import { cachedDataSet, workingCopy } from './data/cache'
import { addParentIndexesToFile } from './data/parentIndexes'
import type { DataSizes } from './data/sizes'
import type { Stack } from './figures/types'
import { discoverRoutes } from './routes'
import { startCms } from './servers/cms'
import { startWeb } from './servers/web'
import { addStaticFile, copyWebOutput } from './servers/webOutput'

export const staticPath = '/__bench/partnership.html'

type Log = (message: string) => void
type StackOptions = { seed: number; workDir: string; localesIndex: boolean; log: Log }

async function startStack(name: string, sizes: DataSizes, output: ReturnType<typeof copyWebOutput>, { seed, workDir, localesIndex, log }: StackOptions): Promise<Stack> {
  const database = workingCopy(await cachedDataSet(sizes, seed, log), workDir)
  if (localesIndex) log(`${name}: added the proposed index to ${(await addParentIndexesToFile(database)).length} locales tables`)
  log(`${name}: starting CMS and site`)
  // Counting is a function call per statement: negligible, and it lets the N+1 figure use this CMS.
  const cms = await startCms({ name: `${name}-cms`, databaseFile: database, workDir, countQueries: true })
  const web = await startWeb({ name: `${name}-web`, output, cmsUrl: cms.url, workDir })
  return { sizes, cms, web, routes: await discoverRoutes(web.url, locales) }
}

/** Saves the full site's partnership page as a static file of the same server, then restarts that site. */
async function withStaticCopy(stack: Stack, output: ReturnType<typeof copyWebOutput>, workDir: string): Promise<Stack> {
  const page = stack.routes.de?.partnershipDetail
  if (!page) return stack
  const html = await (await fetch(`${stack.web.url}${page}`)).text()
  await stack.web.stop()
  // Nitro reads its public-file manifest once at start, so the site is restarted after adding the file.
  addStaticFile(output, staticPath, html)
  const web = await startWeb({ name: 'full-web', output, cmsUrl: stack.cms.url, workDir })
  return { ...stack, web }
}

export async function startStacks(sizes: { full: DataSizes; small: DataSizes }, options: StackOptions): Promise<{ full: Stack; small: Stack }> {
  const output = copyWebOutput(options.workDir)
  const full = await withStaticCopy(await startStack('full', sizes.full, output, options), output, options.workDir)
  const small = await startStack('small', sizes.small, output, options)
  return { full, small }
}
