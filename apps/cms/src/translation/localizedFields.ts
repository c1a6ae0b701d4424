import type { Field } from 'payload'

/** Names of the top-level localized fields, looking through rows and collapsibles (which store no data). */
export function localizedFieldNames(fields: Field[]): string[] {
  return fields.flatMap((field): string[] => {
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) return localizedFieldNames(field.fields)
    return 'name' in field && 'localized' in field && field.localized ? [field.name] : []
  })
}
