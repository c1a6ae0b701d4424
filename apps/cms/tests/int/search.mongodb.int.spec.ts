import { describe, it } from 'vitest'
import { seed } from '../../src/seed'
import { startCms } from '../helpers/payload'
import { describeSearch } from '../helpers/searchSuite'

const mongodbUri = process.env.MONGODB_URI

if (mongodbUri) {
  describeSearch('MongoDB', async () => {
    const cms = await startCms(mongodbUri)
    await seed(cms.payload, () => {})
    return cms
  })
} else {
  describe('search on MongoDB', () => {
    // No MongoDB server can run on the development machines; CI with a server sets MONGODB_URI.
    it.skip('SKIPPED: set MONGODB_URI (a disposable database, it is dropped afterwards) to run the MongoDB search suite', () => {})
  })
  console.warn('[search.mongodb] SKIPPED: MONGODB_URI is not set, so the MongoDB search suite did not run.')
}
