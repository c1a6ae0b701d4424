// `tsx data/prebuild.ts [--scale n]`: builds the cached data sets ahead of a run (e.g. overnight).
import { cachedDataSet } from './cache'
import { dataSeed, fullSizes, scaleSizes, smallSizes } from './sizes'

const scaleIndex = process.argv.indexOf('--scale')
const scale = scaleIndex > 0 ? Number(process.argv[scaleIndex + 1]) : 1
for (const sizes of [smallSizes, scaleSizes(fullSizes, scale)]) {
  console.info(`[data] ${await cachedDataSet(sizes, dataSeed, console.info)}`)
}
