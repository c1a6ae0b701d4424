import depthLimit from 'graphql-depth-limit'
import type { Config } from 'payload'
import { bySlugQueries } from './bySlugQueries'

/**
 * Deliberate limits for a public GraphQL endpoint: a query may nest six levels (partnership → city is
 * two) and cost at most 1,000 (Payload counts one per field, more for relations); production hides the
 * schema and the playground. Besides Payload's own queries: the look-ups by slug.
 */
export const graphQL: Config['graphQL'] = {
  maxComplexity: 1000,
  disableIntrospectionInProduction: true,
  disablePlaygroundInProduction: true,
  validationRules: () => [depthLimit(6)],
  queries: bySlugQueries,
}
