import '@payloadcms/next/css'
import { routeHandlers } from '../../../../middleware/routeHandlers'

export const { GET, POST, DELETE, PATCH, PUT, OPTIONS } = routeHandlers
