import type { CollectionConfig } from 'payload'
import { admins } from '../../access/isAdmin'
import { readPartners } from './access/readPartners'
import { refreshCorsAfterChange } from './hooks/refreshCors'
import { revokeInactiveKey } from './hooks/revokeInactiveKey'
import { validateOrigin } from './validateOrigin'

/**
 * Partner sites that read Stadtmacher content with an API key (`Authorization: partners API-Key …`).
 * A key reads published content only and never writes: partners have no role, and every write rule
 * asks for an editor.
 */
export const Partners: CollectionConfig = {
  slug: 'partners',
  access: { create: admins, delete: admins, read: readPartners, update: admins },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'contact', 'active'] },
  auth: {
    useAPIKey: true,
    // Partners never log in with a password; the key is their only credential.
    disableLocalStrategy: true,
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'contact', type: 'email', required: true },
    {
      name: 'allowedOrigins',
      type: 'array',
      admin: { description: 'Origins whose browsers may call the API, e.g. https://www.hamburg.de' },
      fields: [{ name: 'origin', type: 'text', required: true, validate: validateOrigin }],
    },
    { name: 'active', type: 'checkbox', defaultValue: true, admin: { description: 'Unticking revokes the key at once.' } },
  ],
  hooks: { beforeChange: [revokeInactiveKey], afterChange: [refreshCorsAfterChange] },
}
