import type { Payload } from 'payload'
import { defaultLocale, locales, type Locale } from '@stadtmacher/config/locales'
import { type LocaleEdits, translationStatus } from './translationStatus'

/** The collections whose documents are translated by hand. */
export const translatedCollections = ['partnerships', 'terrain', 'authors'] as const
export type TranslatedCollection = (typeof translatedCollections)[number]

export type TranslationTask = { collection: TranslatedCollection; id: string; title: string; status: 'missing' | 'outdated' }

type Row = { id: string; title?: string | null; name?: string | null; localeEdits?: unknown }

/**
 * What is left to translate, per locale: every document whose translation is missing or outdated
 * (German is the source and has no tasks). Read from the latest versions, drafts included.
 */
export async function translationTasks(payload: Payload): Promise<Record<Locale, TranslationTask[]>> {
  const tasks = Object.fromEntries(locales.map((locale) => [locale, [] as TranslationTask[]])) as Record<Locale, TranslationTask[]>
  for (const collection of translatedCollections) {
    const { docs } = await payload.find({ collection, locale: defaultLocale, draft: true, depth: 0, pagination: false, overrideAccess: true, sort: collection === 'authors' ? 'name' : 'title' })
    for (const doc of docs as Row[]) {
      for (const locale of locales.filter((l) => l !== defaultLocale)) {
        const status = translationStatus(doc.localeEdits as LocaleEdits | undefined, locale)
        if (status !== 'complete') tasks[locale].push({ collection, id: String(doc.id), title: doc.title ?? doc.name ?? String(doc.id), status })
      }
    }
  }
  return tasks
}
