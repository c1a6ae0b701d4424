import type { CollectionAfterChangeHook } from 'payload'
import { refreshCorsOrigins } from '../../../middleware/corsOrigins'

/** A new, changed or revoked partner changes which browser origins may call the API. */
export const refreshCorsAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await refreshCorsOrigins(req.payload, req)
  return doc
}
