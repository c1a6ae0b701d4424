import { describeContent } from '../helpers/contentSuite'

describeContent('SQLite')
