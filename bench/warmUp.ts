// Before the first figure, each stack renders pages that no figure measures, so that the figures time
// servers in their steady state, not V8 compiling the code paths on the first few hundred requests.
// Without it the first uncached-TERRAIN run measured 334 ms where later ones measured 250 ms.
import { terrainPaths } from './figures/pages'
import type { Stack } from './figures/types'
import { measure } from './load'

/** The figures measure German pages; English and Chinese ones run the same code and stay unmeasured. */
const warmLocales = ['en', 'zh'] as const

/** Distinct TERRAIN pages per locale: about as many as it took in profiles until the time per page settled. */
export const warmPagesPerLocale = (quick: boolean) => (quick ? 20 : 200)

/** Renders up to `perLocale` English and Chinese TERRAIN pages at `connections`; returns how many. */
export async function warmUp(stack: Stack, seed: number, perLocale: number, connections: number): Promise<number> {
  const paths = warmLocales.flatMap((locale) => terrainPaths(stack, seed, locale, 0, Math.min(perLocale, stack.sizes.terrain)))
  if (!paths.length) return 0
  const load = await measure({ url: stack.web.url, paths, connections, duration: 0, amount: paths.length }, 1)
  if (load.failures) throw new Error(`warm-up: ${load.failures} of ${paths.length} pages failed on ${stack.web.url}`)
  return paths.length
}
