import { randomBytes } from 'node:crypto'
import { seedOptions, type SeedArgs } from './context'

export const demoEditorEmail = 'editor@stadtmacher.localhost'

/**
 * Development only: an editor account so a newcomer can log in at once. The password comes from
 * SEED_EDITOR_PASSWORD or is random, and is printed once, when the account is created.
 */
export async function seedDemoEditor({ payload, log }: SeedArgs): Promise<void> {
  if (process.env.NODE_ENV === 'production') return
  const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: demoEditorEmail } }, ...seedOptions })
  if (totalDocs > 0) return
  const password = process.env.SEED_EDITOR_PASSWORD || randomBytes(9).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email: demoEditorEmail, password, name: 'Demo-Redaktion', role: 'editor' },
    ...seedOptions,
  })
  log(`demo account (development only): ${demoEditorEmail} / ${password}`)
}
