import config from '@payload-config'
import { guardedHandlers } from './guardedHandlers'

/** One set of guarded handlers, so REST and GraphQL share the same rate limits. */
export const routeHandlers = guardedHandlers(config)
