import type { Config, PayloadRequest } from 'payload'
import { isCmsUser } from '../access/isCmsUser'
import { unpublishLocaleTask } from './unpublishLocale'

// Payload lets every logged-in user run, queue and cancel jobs; partner keys are logged in too.
const cmsUsers = ({ req }: { req: PayloadRequest }) => isCmsUser(req)

/**
 * The job queue that carries out scheduled publishing (Payload's schedulePublish task) and the scheduled
 * unpublishing of one locale (ours: jobs/unpublishLocale.ts). The CMS process runs it every minute, so a
 * publication set for 9:00 goes live by 9:01 without an outside scheduler. STADTMACHER_JOBS=off stops
 * the runner (tests run jobs themselves; a second CMS instance behind a load balancer should too).
 */
export const jobs: Config['jobs'] = {
  autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
  shouldAutoRun: () => process.env.STADTMACHER_JOBS !== 'off',
  access: { cancel: cmsUsers, queue: cmsUsers, run: cmsUsers },
  tasks: [unpublishLocaleTask],
}
