// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import type { EmbedPartnership } from '#shared/types/embed'
import { renderMessage, renderPartnership, safeHref } from '../../embed/render'
import { embedStrings } from '../../embed/strings'

const origin = 'https://stadtmacher.example'

const mockEmbed = (overrides: Partial<EmbedPartnership> = {}): EmbedPartnership => ({
  lang: 'en',
  title: 'Hamburg – Shanghai',
  germanCity: 'Hamburg',
  chineseCity: 'Shanghai',
  since: 1986,
  kind: 'official',
  url: `${origin}/en/partnerships/hamburg-shanghai`,
  terrain: [{ title: 'The Beijing Mix', url: `${origin}/en/terrain/the-beijing-mix` }],
  ...overrides,
})

describe('embed rendering', () => {
  it('shows the title linking to the partnership page, the cities, the year and the TERRAIN links', () => {
    const card = renderPartnership(document, mockEmbed(), 'en', origin)
    const title = card.querySelector('[data-testid="embed-title"]')
    expect(title?.textContent).toBe('Hamburg – Shanghai')
    expect(title?.getAttribute('href')).toBe(`${origin}/en/partnerships/hamburg-shanghai`)
    expect(card.querySelector('.meta')?.textContent).toBe('Hamburg · Shanghai · since 1986')
    expect([...card.querySelectorAll('[data-testid="embed-terrain"] a')].map((a) => a.getAttribute('href'))).toEqual([`${origin}/en/terrain/the-beijing-mix`])
  })

  it('keeps markup in the data as text', () => {
    const card = renderPartnership(document, mockEmbed({ title: '<img src=x onerror=alert(1)>', terrain: [{ title: '<script>alert(1)</script>', url: `${origin}/x` }] }), 'en', origin)
    expect(card.querySelector('img, script')).toBeNull()
    expect(card.querySelector('[data-testid="embed-title"]')?.textContent).toBe('<img src=x onerror=alert(1)>')
    expect(card.querySelector('li')?.textContent).toBe('<script>alert(1)</script>')
  })

  it('replaces links that are not http(s) with the site origin', () => {
    expect(safeHref('javascript:alert(1)', origin)).toBe(origin)
    expect(safeHref('/de/terrain/x', origin)).toBe(`${origin}/de/terrain/x`)
    const card = renderPartnership(document, mockEmbed({ url: 'javascript:alert(1)' }), 'en', origin)
    expect(card.querySelector('[data-testid="embed-title"]')?.getAttribute('href')).toBe(origin)
  })

  it('speaks the lang attribute: Chinese strings and a zh-Hans lang on the card', () => {
    const card = renderPartnership(document, mockEmbed({ lang: 'zh', title: '汉堡 – 上海' }), 'zh', origin)
    expect(card.getAttribute('lang')).toBe('zh-Hans')
    expect(card.querySelector('.kicker')?.textContent).toBe('正式友好城市')
    expect(card.querySelector('.meta')?.textContent).toContain('始于 1986 年')
    expect(card.querySelector('h3')?.textContent).toBe(embedStrings.zh.latest_terrain)
  })

  it('leaves out the TERRAIN heading when there are no profiles', () => {
    const card = renderPartnership(document, mockEmbed({ terrain: [] }), 'de', origin)
    expect(card.querySelector('h3, ul')).toBeNull()
    expect(card.querySelector('.more')?.textContent).toBe('Mehr auf Stadtmacher')
  })

  it('has the same strings in every locale', () => {
    const keys = (lang: 'de' | 'en' | 'zh') => Object.keys(embedStrings[lang]).sort()
    expect(keys('en')).toEqual(keys('de'))
    expect(keys('zh')).toEqual(keys('de'))
    expect(renderMessage(document, 'de', embedStrings.de.unavailable).textContent).toBe(embedStrings.de.unavailable)
  })
})
