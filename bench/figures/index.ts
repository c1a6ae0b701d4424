// Every figure of issue 7, in the order of its table.
import { cachedVsStatic } from './cachedVsStatic'
import { lighthouseFigure } from './lighthouse'
import { map } from './map'
import { pageWeight } from './pageWeight'
import { queryCount } from './queryCount'
import { restVsGraphql } from './restVsGraphql'
import { scale } from './scale'
import type { Figure } from './types'
import { uncachedPage } from './uncachedPage'

export const figures: Figure[] = [cachedVsStatic, uncachedPage, restVsGraphql, queryCount, scale, pageWeight, lighthouseFigure, map]
