import type { FlattenedField } from 'payload'
import { type JsonSchema, nullable, schemaRef } from './jsonSchema'
import { schemaNameOf } from './publicCollections'

const lexical: JsonSchema = { type: 'object', description: 'Rich text as Lexical JSON (`root.children`).' }

/** An id, or the related document itself when `depth` populated it (null when it may not be read). */
function relation(relationTo: string | string[]): JsonSchema {
  if (Array.isArray(relationTo)) {
    return { type: 'object', properties: { relationTo: { enum: relationTo }, value: {} }, required: ['relationTo', 'value'] }
  }
  const name = schemaNameOf(relationTo)
  const id: JsonSchema = { type: 'string', description: `The id of a ${relationTo} document.` }
  return name ? { anyOf: [id, schemaRef(name)] } : id
}

function valueSchema(field: FlattenedField, locales: readonly string[], insideLocalized: boolean): JsonSchema | null {
  const many = (schema: JsonSchema) => ('hasMany' in field && field.hasMany ? { type: 'array', items: schema } : schema)
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return many({ type: 'string' })
    case 'number':
      return many({ type: 'number' })
    case 'checkbox':
      return { type: 'boolean' }
    case 'date':
      return { type: 'string', format: 'date-time' }
    case 'select':
    case 'radio':
      return many({ enum: field.options.map((option) => (typeof option === 'string' ? option : option.value)) })
    case 'point':
      return { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2, description: '[longitude, latitude]' }
    case 'json':
      return {}
    case 'richText':
      return lexical
    case 'relationship':
    case 'upload':
      return many(relation(field.relationTo))
    case 'array':
      return { type: 'array', items: objectSchema(field.flattenedFields, locales, insideLocalized) }
    case 'group':
    case 'tab':
      return objectSchema(field.flattenedFields, locales, insideLocalized)
    case 'blocks':
      return { type: 'array', items: { type: 'object', properties: { blockType: { type: 'string' } }, required: ['blockType'] } }
    default:
      // Join fields are not part of the public read API.
      return null
  }
}

/** With locale=all, a localized field is an object with one value per locale. */
const perLocale = (schema: JsonSchema, locales: readonly string[]): JsonSchema => ({
  anyOf: [schema, { type: 'object', properties: Object.fromEntries(locales.map((locale) => [locale, schema])), additionalProperties: false }],
})

/** Whether anonymous readers see the field: hidden fields and fields with a read rule are for CMS users. */
const isPublic = (field: FlattenedField) => !('hidden' in field && field.hidden) && !field.access?.read

/**
 * The JSON Schema of a document (or a group or array row) from its Payload fields. A value may be null
 * unless the field is required and not localized: `fallback-locale=none` leaves a missing translation empty.
 */
export function objectSchema(fields: FlattenedField[], locales: readonly string[], insideLocalized = false): JsonSchema {
  const properties: Record<string, JsonSchema> = {}
  for (const field of fields.filter(isPublic)) {
    const localized = Boolean(field.localized) && !insideLocalized
    const value = valueSchema(field, locales, insideLocalized || localized)
    if (!value) continue
    const optional = !('required' in field && field.required) || localized
    const schema = optional ? nullable(value) : value
    properties[field.name] = localized ? perLocale(schema, locales) : schema
  }
  return { type: 'object', properties }
}
