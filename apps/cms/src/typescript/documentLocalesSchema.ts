import { locales } from '@stadtmacher/domain/locales'
import type { Config } from 'payload'

type SchemaHook = NonNullable<NonNullable<Config['typescript']>['schema']>[number]

/**
 * `DocumentLocales` in the generated types: what a look-up by slug (endpoints/bySlug.ts) answers besides the
 * document. Payload generates types for collections only; the site and the partner client read this too.
 */
export const documentLocalesSchema: SchemaHook = ({ jsonSchema }) => ({
  ...jsonSchema,
  definitions: {
    ...jsonSchema.definitions,
    DocumentLocales: {
      type: 'object',
      description: 'The locales a document is published in, with its slug there, and the language its text is shown in.',
      additionalProperties: false,
      required: ['slugs', 'shownIn'],
      properties: {
        slugs: { type: 'object', additionalProperties: false, properties: Object.fromEntries(locales.map((locale) => [locale, { type: 'string' }])) },
        shownIn: { type: 'string', enum: [...locales] },
      },
    },
  },
})
