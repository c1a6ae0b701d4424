import type { CollectionBeforeChangeHook } from 'payload'

/**
 * A new installation's first account (Payload's "create first user" screen) becomes its admin. Without
 * this it would get the default role, editor, because only admins may set roles, and then nobody could
 * ever create accounts or grant roles.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
