import type { CollectionConfig } from 'payload'
import { admins, adminsField } from '../../access/isAdmin'
import { readUsers } from './access/readUsers'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  // Lifting a lockout early is an admin's decision, not any signed-in user's (Payload's default).
  access: { create: admins, delete: admins, read: readUsers, update: readUsers, unlock: admins },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'] },
  // Logins, resets and registrations go through REST only, where src/middleware limits them per address;
  // Payload's GraphQL mutations for them (loginUser, forgotPasswordUser …) would go around those limits.
  // The admin uses REST throughout.
  graphQL: { disableMutations: true },
  hooks: { beforeChange: [firstUserIsAdmin] },
  auth: {
    // The last line only: failed logins are limited per account and address before they reach Payload
    // (src/middleware/loginFailures.ts), so a stranger cannot lock an editor out with a few wrong passwords. A
    // lock this high takes many addresses; an admin lifts it early (docs/login.md).
    maxLoginAttempts: 100,
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
