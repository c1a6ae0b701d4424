import type { CollectionConfig } from 'payload'
import { admins, adminsField } from '../../access/isAdmin'
import { readUsers } from './access/readUsers'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  access: { create: admins, delete: admins, read: readUsers, update: readUsers },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'] },
  hooks: { beforeChange: [firstUserIsAdmin] },
  auth: {
    // Five wrong passwords lock the account for ten minutes.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: process.env.NODE_ENV === 'production', sameSite: 'Lax' },
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      access: { create: adminsField, update: adminsField },
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Editor', value: 'editor' },
      ],
    },
  ],
}
