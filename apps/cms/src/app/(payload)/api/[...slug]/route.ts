import '@payloadcms/next/css'
import { routeHandlers } from '../../../../api/routeHandlers'

export const { GET, POST, DELETE, PATCH, PUT, OPTIONS } = routeHandlers
