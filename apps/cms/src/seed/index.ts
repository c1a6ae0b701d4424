import type { Payload } from 'payload'
import { seedAuthors } from './authors'
import { seedCities } from './cities'
import type { SeedLog } from './context'
import { seedMedia } from './media'
import { seedPartnerships } from './partnerships'
import { seedTerrain, topicsByPartnership } from './terrain'
import { seedTopics } from './topics'
import { seedDemoEditor } from './users'

/**
 * Loads the real content: cities and partnerships with their sources, the TERRAIN profiles and authors
 * of the original page. Idempotent: documents that exist already are left as they are.
 */
export async function seed(payload: Payload, log: SeedLog = (message) => payload.logger.info(`[seed] ${message}`)) {
  const args = { payload, log }
  const topics = await seedTopics(args)
  const cities = await seedCities(args)
  // Partnerships need the cities; TERRAIN needs everything before it.
  const partnerships = await seedPartnerships(args, cities, topicsByPartnership(topics))
  const media = await seedMedia(args)
  const authors = await seedAuthors(args)
  await seedTerrain(args, { topics, cities, authors, partnerships, media })
  await seedDemoEditor(args)
  log('done')
}
