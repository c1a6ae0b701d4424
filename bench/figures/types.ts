// What every figure receives and returns. A figure measures; it never starts servers or writes files.
import type { DataSizes } from '../data/sizes'
import type { Options } from '../options'
import type { SiteRoutes } from '../routes'
import type { Server } from '../servers/processes'

/** pass/miss against the target; report: no target, only a number; n/a: cannot be measured yet; error: the harness broke. */
export type Status = 'pass' | 'miss' | 'report' | 'n/a' | 'error'

export type Row = {
  figure: string
  measured: string
  target: string
  status: Status
  note?: string
  data?: Record<string, unknown>
}

/** One of the two data sets with its CMS and site. */
export type Stack = { sizes: DataSizes; cms: Server; web: Server; routes: SiteRoutes }

export type BenchContext = {
  options: Options
  seed: number
  full: Stack
  small: Stack
  /** URL path of the partnership page's HTML saved as a static file of the full site. */
  staticPath: string
  log: (message: string) => void
}

export type Figure = { id: string; title: string; run(context: BenchContext): Promise<Row[]> }

/** A row for a figure that cannot be measured yet, with the reason. */
export const notAvailable = (figure: string, target: string, reason: string): Row => ({ figure, measured: `not available: ${reason}`, target, status: 'n/a' })
