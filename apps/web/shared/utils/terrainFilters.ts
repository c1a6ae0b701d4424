import type { Terrain } from '@stadtmacher/types'
import { pageFromQuery } from './pagination'

export type TerrainFilters = { kind?: Terrain['kind']; topic?: string; page: number }

export const terrainKinds: Terrain['kind'][] = ['project-example', 'essay', 'event', 'report', 'academy']

/** Profiles per page of the TERRAIN list. */
export const terrainPageSize = 6

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value)

/** The TERRAIN list's filters and page from a URL query; invalid values fall back to none and page 1. */
export function normalizeTerrainFilters(query: Record<string, unknown>): TerrainFilters {
  const kind = terrainKinds.find((candidate) => candidate === first(query.kind))
  const topic = first(query.topic)
  return {
    ...(kind ? { kind } : {}),
    ...(typeof topic === 'string' && /^[a-z0-9-]{1,120}$/.test(topic) ? { topic } : {}),
    page: pageFromQuery(query),
  }
}
