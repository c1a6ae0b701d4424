// How many documents each data set holds. The figures compare a small set with the full one.

export type DataSizes = { cities: number; partnerships: number; terrain: number; authors: number; topics: number }

/** The default: 1,000 cities, 1,000 partnerships, 20,000 TERRAIN profiles. */
export const fullSizes: DataSizes = { cities: 1000, partnerships: 1000, terrain: 20_000, authors: 50, topics: 8 }

/** `--quick`: enough documents for every page type and list to exist, small enough to build in seconds. */
export const quickSizes: DataSizes = { cities: 50, partnerships: 50, terrain: 200, authors: 10, topics: 8 }

/** The "100 documents" side of the scale figure. */
export const smallSizes: DataSizes = { cities: 100, partnerships: 100, terrain: 100, authors: 10, topics: 8 }

/** The small side of the scale figure in `--quick` runs. */
export const tinySizes: DataSizes = { cities: 20, partnerships: 20, terrain: 20, authors: 5, topics: 8 }

/** The seed of every data set: change it and every cached file is rebuilt. */
export const dataSeed = 42

/** `--scale 2` doubles cities, partnerships and TERRAIN; authors and topics stay editorial-sized. */
export function scaleSizes(base: DataSizes, scale: number): DataSizes {
  const times = (n: number) => Math.max(1, Math.round(n * scale))
  return { ...base, cities: times(base.cities), partnerships: times(base.partnerships), terrain: times(base.terrain) }
}

/** A stable name for a data set, used in cache file names and the report. */
export const sizesKey = (sizes: DataSizes): string =>
  `c${sizes.cities}-p${sizes.partnerships}-t${sizes.terrain}-a${sizes.authors}-k${sizes.topics}`
