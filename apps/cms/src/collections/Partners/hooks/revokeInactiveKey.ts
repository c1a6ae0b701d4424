import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Payload finds an API key by its index alone and does not look at `enableAPIKey`, so revoking must
 * remove the key itself: an inactive partner keeps no key.
 */
export const revokeInactiveKey: CollectionBeforeChangeHook = ({ data }) => {
  if (data.active === false) return { ...data, enableAPIKey: false, apiKey: null, apiKeyIndex: null }
  return data
}
