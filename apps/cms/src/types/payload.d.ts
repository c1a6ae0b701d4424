// Types are generated with `declare: false` so that the web app and partners can use them without
// installing payload; the CMS itself opts in to the typed Local API here.
import type { Config } from '@stadtmacher/types'

declare module 'payload' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface GeneratedTypes extends Config {}
}
