import { describe, expect, it } from 'vitest'
import { slugify, slugPattern } from '../../src/utilities/slugify'

describe('slugify', () => {
  it.each([
    ['Köln', 'koeln'],
    ['Düsseldorf', 'duesseldorf'],
    ['Gießen', 'giessen'],
    ['Straße der Städtepartnerschaft', 'strasse-der-staedtepartnerschaft'],
    ['Hamburg House Shanghai – erstes Passivhaus', 'hamburg-house-shanghai-erstes-passivhaus'],
    ["Xi'an 2017!", 'xi-an-2017'],
    ['São Paulo', 'sao-paulo'],
  ])('transliterates %s to %s', (text, slug) => {
    expect(slugify(text)).toBe(slug)
  })

  it('writes Chinese as toneless pinyin', () => {
    expect(slugify('上海')).toBe('shang-hai')
    expect(slugify('汉堡之家')).toBe('han-bao-zhi-jia')
  })

  it('keeps Latin words inside Chinese text', () => {
    expect(slugify('EXPO 2010 上海')).toBe('expo-2010-shang-hai')
  })

  it('produces only slugs the slug field accepts', () => {
    for (const text of ['  Ärger  ', '---', '汉堡 – 上海', 'A/B\\C']) {
      const slug = slugify(text)
      if (slug) expect(slug).toMatch(slugPattern)
    }
  })
})
