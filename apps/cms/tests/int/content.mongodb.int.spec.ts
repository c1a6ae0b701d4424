import { describe, it } from 'vitest'
import { describeContent } from '../helpers/contentSuite'

const mongodbUri = process.env.MONGODB_URI

if (mongodbUri) {
  describeContent('MongoDB', mongodbUri)
} else {
  describe('content on MongoDB', () => {
    // No MongoDB server can run on the development machines; CI with a server sets MONGODB_URI.
    it.skip('SKIPPED: set MONGODB_URI (a disposable database, it is dropped afterwards) to run the MongoDB suite', () => {})
  })
  console.warn('[content.mongodb] SKIPPED: MONGODB_URI is not set, so the MongoDB suite did not run.')
}
