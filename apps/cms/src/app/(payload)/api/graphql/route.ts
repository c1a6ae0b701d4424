import { routeHandlers } from '../../../../middleware/routeHandlers'

export const { OPTIONS } = routeHandlers
export const POST = routeHandlers.GRAPHQL
