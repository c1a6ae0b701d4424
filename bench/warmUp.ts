// Before the first figure, each stack renders pages that no figure measures, so that the figures time
// servers in their steady state, not V8 compiling and optimizing the code paths. Without it the first
// uncached-TERRAIN run measured 334 ms where later ones measured 250 ms. 400 pages were not enough either:
// measured in batches of 150 uncached pages after them, the CMS's CPU per page went 9.5, 10.3, 8.6, 7.4,
// 7.0, 6.7, 6.5 ms and then stayed at 6.5–7.9 ms (the site's 11.8 → 7.6–9.5 ms); it settles after about
// 1,200 pages.
import { terrainPaths } from './figures/pages'
import type { Stack } from './figures/types'
import { measure } from './load'

/** The figures measure German pages; English and Chinese ones run the same code and stay unmeasured. */
const warmLocales = ['en', 'zh'] as const

/** Distinct TERRAIN pages per locale: as many as it took until the CPU per page settled (see above). */
export const warmPagesPerLocale = (quick: boolean) => (quick ? 20 : 600)

type WarmUp = { perLocale: number; connections: number; from?: number }

/**
 * Renders English and Chinese TERRAIN pages `from` … `from + perLocale - 1` at `connections`; returns how
 * many. A page is rendered only once per stack, so a later warm-up starts where the earlier ones ended.
 */
export async function warmUp(stack: Stack, seed: number, { perLocale, connections, from = 0 }: WarmUp): Promise<number> {
  const paths = warmLocales.flatMap((locale) => terrainPaths(stack, seed, locale, from, perLocale))
  if (!paths.length) return 0
  const load = await measure({ url: stack.web.url, paths, connections, duration: 0, amount: paths.length }, 1)
  if (load.failures) throw new Error(`warm-up: ${load.failures} of ${paths.length} pages failed on ${stack.web.url}`)
  return paths.length
}
