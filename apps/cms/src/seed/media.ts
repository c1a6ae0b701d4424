import type { Locale } from '@stadtmacher/domain/locales'
import { terrain, type TerrainEntry } from './data/terrain'
import { seedOptions, type SeedArgs } from './context'
import { renderIllustration } from './illustration'

const altText: Record<Locale, (title: string) => string> = {
  de: (t) => `Illustration zu „${t}“: zwei Orte, durch einen Bogen verbunden`,
  en: (t) => `Illustration for “${t}”: two places joined by an arc`,
  zh: (t) => `「${t}」配图：两个地点由一条弧线相连`,
}
const credit: Record<Locale, string> = { de: 'Illustration: Stadtmacher', en: 'Illustration: Stadtmacher', zh: '插图：Stadtmacher' }

async function heroImage({ payload }: SeedArgs, entry: TerrainEntry, index: number): Promise<string> {
  const filename = `terrain-${entry.slug.en}.png`
  const found = await payload.find({ collection: 'media', where: { filename: { equals: filename } }, limit: 1, depth: 0, ...seedOptions })
  if (found.docs[0]) return String(found.docs[0].id)
  const data = await renderIllustration(entry.heroColor, index + 1)
  const doc = await payload.create({
    collection: 'media',
    data: { alt: altText.de(entry.title.de), credit: credit.de },
    file: { data, mimetype: 'image/png', name: filename, size: data.length },
    locale: 'de',
    ...seedOptions,
  })
  for (const locale of ['en', 'zh'] as const) {
    await payload.update({ collection: 'media', id: doc.id, data: { alt: altText[locale](entry.title[locale]), credit: credit[locale] }, locale, ...seedOptions })
  }
  return String(doc.id)
}

/** One generated hero illustration per TERRAIN profile. Returns media ids by the profile's en slug. */
export async function seedMedia(args: SeedArgs): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  for (const [index, entry] of terrain.entries()) ids.set(entry.slug.en, await heroImage(args, entry, index))
  args.log(`media: ${ids.size}`)
  return ids
}
