import { pinyin } from 'pinyin-pro'

const german: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue', ẞ: 'ss' }
const han = /\p{Script=Han}/u

/** A URL slug in ASCII: German letters transliterated (ä→ae, ß→ss), Chinese characters as toneless pinyin. */
export function slugify(text: string): string {
  const latin = han.test(text)
    ? pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ')
    : text
  return latin
    .replace(/[äöüßÄÖÜẞ]/g, (letter) => german[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
