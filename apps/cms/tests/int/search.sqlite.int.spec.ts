import { startSeededCms } from '../helpers/seeded'
import { describeSearch } from '../helpers/searchSuite'

describeSearch('SQLite', startSeededCms)
