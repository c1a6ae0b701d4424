import { routeHandlers } from '../../../../api/routeHandlers'

export const { OPTIONS } = routeHandlers
export const POST = routeHandlers.GRAPHQL
