export { createClient, type ClientOptions, type CollectionReader, type StadtmacherClient, type TranslatedReader } from './client.js'
export { StadtmacherApiError, type ApiProblem } from './errors.js'
export type * from './types.js'
