// Page addresses the figures share: distinct TERRAIN pages (each one never requested before, so neither
// the page cache nor the site's data cache has it) and cache-busting variants of a page.
import { terrainAt } from '../data/plan'
import type { Stack } from './types'

/** Paths of TERRAIN pages `from` … `from + count - 1` of the data set, or [] when the site has no TERRAIN page. */
export function terrainPaths(stack: Stack, seed: number, locale: 'de' | 'en' | 'zh', from: number, count: number): string[] {
  const detail = stack.routes[locale]?.terrainDetail
  if (!detail) return []
  const prefix = detail.slice(0, detail.lastIndexOf('/'))
  const last = Math.min(stack.sizes.terrain, from + count)
  const paths: string[] = []
  for (let i = from; i < last; i += 1) paths.push(`${prefix}/${terrainAt(seed, stack.sizes, i).slug[locale]}`)
  return paths
}

/**
 * `count` variants of `path` with a unique query: the site's page cache is keyed by the full URL, so
 * each is rendered on the server (the data behind it may still come from the site's data cache).
 */
export const bustedPaths = (path: string, tag: string, count: number): string[] => Array.from({ length: count }, (_, i) => `${path}?bench=${tag}-${i}`)

/** GETs a URL and fails loudly on anything but 200: a figure must never measure error pages. */
export async function fetchOk(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(60_000) })
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return response
}
