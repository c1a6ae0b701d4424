// Every figure of issue 7, in the order of its table, and the uncached page after a pause next to the
// uncached page. The figures that time page renders (uncached, map) warm what they measure themselves,
// so they do not depend on the figures before them.
import { cachedVsStatic } from './cachedVsStatic'
import { lighthouseFigure } from './lighthouse'
import { map } from './map'
import { pageWeight } from './pageWeight'
import { queryCount } from './queryCount'
import { restVsGraphql } from './restVsGraphql'
import { scale } from './scale'
import type { Figure } from './types'
import { uncachedAfterPause } from './uncachedAfterPause'
import { uncachedPage } from './uncachedPage'

export const figures: Figure[] = [cachedVsStatic, uncachedAfterPause, uncachedPage, restVsGraphql, queryCount, scale, pageWeight, lighthouseFigure, map]
