// Deterministic filler text in three languages, shaped like what editors write: headed sections of
// paragraphs, saved as Lexical editor state exactly like the admin's editor saves it.
import type { Locale } from '@stadtmacher/domain/locales'
import type { Prng } from './prng'

const vocabulary: Record<Locale, readonly string[]> = {
  de: ['Partnerschaft', 'Stadt', 'Austausch', 'Schule', 'Delegation', 'Hafen', 'Kultur', 'Wirtschaft', 'gemeinsam', 'Jugend', 'Werkstatt', 'Forschung', 'nachhaltig', 'Verkehr', 'Begegnung', 'Ausstellung', 'und', 'mit', 'für', 'die', 'der', 'das', 'seit', 'neue', 'Projekte', 'Bürger', 'Verwaltung', 'Klima', 'Wasser', 'Energie'],
  en: ['partnership', 'city', 'exchange', 'school', 'delegation', 'harbour', 'culture', 'economy', 'together', 'youth', 'workshop', 'research', 'sustainable', 'transport', 'encounter', 'exhibition', 'and', 'with', 'for', 'the', 'a', 'since', 'new', 'projects', 'citizens', 'administration', 'climate', 'water', 'energy', 'of'],
  zh: ['伙伴', '城市', '交流', '学校', '代表团', '港口', '文化', '经济', '共同', '青年', '工作坊', '研究', '可持续', '交通', '相遇', '展览', '和', '与', '为', '的', '自', '新', '项目', '市民', '管理', '气候', '水', '能源', '合作', '友好'],
}

/** A sentence of `words` words; Chinese joins without spaces and ends with a full-width stop. */
export function sentence(prng: Prng, locale: Locale, words: number): string {
  const list = Array.from({ length: words }, () => prng.pick(vocabulary[locale]))
  if (locale === 'zh') return `${list.join('')}。`
  const [first = '', ...rest] = list
  return `${first.charAt(0).toUpperCase()}${first.slice(1)} ${rest.join(' ')}.`
}

const paragraph = (prng: Prng, locale: Locale) =>
  Array.from({ length: prng.int(3, 6) }, () => sentence(prng, locale, prng.int(8, 16))).join(locale === 'zh' ? '' : ' ')

const textNode = (text: string) => ({ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })
const block = { format: '', indent: 0, version: 1, direction: 'ltr' }

/** Lexical state with `sections` headed sections of two or three paragraphs each. */
export function lexicalBody(prng: Prng, locale: Locale, sections: number) {
  const children = []
  for (let s = 0; s < sections; s += 1) {
    if (s > 0) children.push({ ...block, type: 'heading', tag: 'h2', children: [textNode(sentence(prng, locale, 4))] })
    for (let p = prng.int(2, 3); p > 0; p -= 1) {
      children.push({ ...block, type: 'paragraph', textFormat: 0, textStyle: '', children: [textNode(paragraph(prng, locale))] })
    }
  }
  return { root: { ...block, type: 'root', children } }
}
