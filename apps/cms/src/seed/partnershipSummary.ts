import type { Locale } from '@stadtmacher/domain/locales'
import type { CitySeed } from './cities'
import type { TextBlock } from './richText'

type Kind = 'official' | 'project'

const sentences: Record<Locale, (german: string, chinese: string, since: number, kind: Kind) => string> = {
  de: (g, c, y, k) =>
    k === 'official'
      ? `${g} und ${c} sind seit ${y} offiziell Partnerstädte, mit Partnerschaftsurkunde.`
      : `${g} und ${c} verbindet seit ${y} eine Projektpartnerschaft.`,
  en: (g, c, y, k) =>
    k === 'official'
      ? `${g} and ${c} have been official partner cities, with a twinning certificate, since ${y}.`
      : `${g} and ${c} have worked together in a project partnership since ${y}.`,
  zh: (g, c, y, k) => (k === 'official' ? `${g}与${c}自${y}年起正式缔结友好城市关系。` : `${g}与${c}自${y}年起开展项目伙伴合作。`),
}

/** A one-paragraph summary stating only the facts of the data set, in each locale. */
export function partnershipSummary(locale: Locale, german: CitySeed, chinese: CitySeed, since: number, kind: Kind): TextBlock[] {
  return [{ type: 'paragraph', text: sentences[locale](german.name[locale], chinese.name[locale], since, kind) }]
}
