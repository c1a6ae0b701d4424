import type { Payload } from 'payload'
import { translatedCollections, type TranslatedCollection } from '@stadtmacher/domain/documentTypes'
import { defaultLocale, locales, type Locale } from '@stadtmacher/domain/locales'
import { type LocaleEdits, translationStatus } from './translationStatus'

export type TranslationTask = { collection: TranslatedCollection; id: string; title: string; status: 'missing' | 'outdated' }

type Row = { id: string; localeEdits?: unknown } & Record<string, unknown>

/** The field the admin names a document by (`useAsTitle`): the tasks are listed and sorted by it. */
const titleField = (payload: Payload, collection: TranslatedCollection) => payload.collections[collection].config.admin.useAsTitle ?? 'id'

/**
 * What is left to translate, per locale: every document whose translation is missing or outdated
 * (German is the source and has no tasks). Read from the latest versions, drafts included.
 */
export async function translationTasks(payload: Payload): Promise<Record<Locale, TranslationTask[]>> {
  const tasks = Object.fromEntries(locales.map((locale) => [locale, [] as TranslationTask[]])) as Record<Locale, TranslationTask[]>
  for (const collection of translatedCollections) {
    const title = titleField(payload, collection)
    const { docs } = await payload.find({ collection, locale: defaultLocale, draft: true, depth: 0, pagination: false, overrideAccess: true, sort: title })
    for (const doc of docs as unknown as Row[]) {
      for (const locale of locales.filter((l) => l !== defaultLocale)) {
        const status = translationStatus(doc.localeEdits as LocaleEdits | undefined, locale)
        if (status !== 'complete') tasks[locale].push({ collection, id: String(doc.id), title: String(doc[title] || doc.id), status })
      }
    }
  }
  return tasks
}
