import type { Field } from 'payload'

/** Names of the top-level localized fields, looking through rows and collapsibles (which store no data). */
export function localizedFieldNames(fields: Field[], onlyRequired = false): string[] {
  return fields.flatMap((field): string[] => {
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) return localizedFieldNames(field.fields, onlyRequired)
    const required = 'required' in field && field.required
    return 'name' in field && 'localized' in field && field.localized && (!onlyRequired || required) ? [field.name] : []
  })
}
