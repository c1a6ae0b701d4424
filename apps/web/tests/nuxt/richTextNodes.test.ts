import { mountSuspended } from '@nuxt/test-utils/runtime'
import { beforeEach, describe, expect, it } from 'vitest'
import { setTestLocale } from './locale'
import RichText from '~/components/richtext/RichText.vue'
import type { RichTextState } from '#shared/types/content'
import { mockMedia } from '../unit/mocks'

const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format })
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ type, version: 1, children, ...extra })
const doc = (...children: unknown[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } }) as RichTextState

async function render(...children: unknown[]) {
  const wrapper = await mountSuspended(RichText, { props: { content: doc(...children) } })
  return wrapper.get('[data-testid="richtext"]')
}

describe('rich text renderer', () => {
  beforeEach(() => setTestLocale('de'))

  it('renders paragraphs with plain text', async () => {
    const root = await render(block('paragraph', [text('Erster Absatz.')]))
    expect(root.find('p').text()).toBe('Erster Absatz.')
  })

  it('renders bold, italic and code marks from the format bits', async () => {
    const root = await render(block('paragraph', [text('fett', 1), text('kursiv', 2), text('beides', 3), text('x()', 16)]))
    expect(root.find('strong').text()).toBe('fett')
    expect(root.find('em').text()).toBe('kursiv')
    expect(root.find('strong > em').text()).toBe('beides')
    expect(root.find('code').text()).toBe('x()')
  })

  it('renders headings with their level and demotes h1', async () => {
    const root = await render(block('heading', [text('Zwei')], { tag: 'h2' }), block('heading', [text('Eins')], { tag: 'h1' }), block('heading', [text('Drei')], { tag: 'h3' }))
    expect(root.findAll('h2').map((h) => h.text())).toEqual(['Zwei', 'Eins'])
    expect(root.find('h3').text()).toBe('Drei')
  })

  it('renders bullet and numbered lists with their items', async () => {
    const root = await render(
      block('list', [block('listitem', [text('a')]), block('listitem', [text('b')])], { listType: 'bullet', tag: 'ul' }),
      block('list', [block('listitem', [text('eins')])], { listType: 'number', tag: 'ol' }),
    )
    expect(root.findAll('ul > li').map((li) => li.text())).toEqual(['a', 'b'])
    expect(root.find('ol > li').text()).toBe('eins')
  })

  it('renders quotes as blockquote', async () => {
    const root = await render(block('quote', [text('Die Stadt ist ein Gespräch.')]))
    expect(root.find('blockquote').text()).toBe('Die Stadt ist ein Gespräch.')
  })

  it('renders external links and drops unsafe ones to plain text', async () => {
    const root = await render(
      block('paragraph', [
        block('link', [text('Quelle')], { fields: { linkType: 'custom', url: 'https://www.hamburg.de', newTab: true } }),
        block('link', [text('böse')], { fields: { linkType: 'custom', url: 'javascript:alert(1)' } }),
      ]),
    )
    const links = root.findAll('a')
    expect(links).toHaveLength(1)
    expect(links[0]!.attributes()).toMatchObject({ href: 'https://www.hamburg.de', target: '_blank', rel: 'noopener noreferrer' })
    expect(root.text()).toContain('böse')
  })

  it('renders internal links to the document page in the reader locale', async () => {
    const root = await render(
      block('paragraph', [block('link', [text('Hamburg – Shanghai')], { fields: { linkType: 'internal', doc: { relationTo: 'partnerships', value: { id: 'p', slug: 'hamburg-shanghai' } } } })]),
    )
    expect(root.find('a').attributes('href')).toBe('/de/partnerschaften/hamburg-shanghai')
  })

  it('renders uploads as responsive images with alt text', async () => {
    const root = await render({ type: 'upload', version: 1, relationTo: 'media', value: mockMedia() })
    const img = root.get('[data-testid="richtext-upload"] img')
    expect(img.attributes()).toMatchObject({ alt: 'Zwei Orte, verbunden', width: '1600', height: '900', loading: 'lazy' })
    expect(img.attributes('srcset')).toContain('/media/hero-400x225.webp 400w')
  })

  it('renders relationships as a link to the related document', async () => {
    const root = await render({ type: 'relationship', version: 1, relationTo: 'terrain', value: { id: 't', slug: 'the-beijing-mix', title: 'The Beijing Mix' } })
    const link = root.get('[data-testid="richtext-relationship"] a')
    expect(link.attributes('href')).toBe('/de/terrain/the-beijing-mix')
    expect(link.text()).toBe('The Beijing Mix')
  })

  it('skips unknown nodes and unpopulated uploads without failing', async () => {
    const root = await render(block('paragraph', [text('vorher')]), { type: 'block', version: 1, fields: { blockType: 'gallery' } }, { type: 'upload', version: 1, relationTo: 'media', value: 'm-1' }, block('paragraph', [text('nachher')]))
    expect(root.findAll('p').map((p) => p.text())).toEqual(['vorher', 'nachher'])
    expect(root.find('img').exists()).toBe(false)
  })

  it('renders line breaks and horizontal rules', async () => {
    const root = await render(block('paragraph', [text('a'), { type: 'linebreak', version: 1 }, text('b')]), { type: 'horizontalrule', version: 1 })
    expect(root.find('p br').exists()).toBe(true)
    expect(root.find('hr').exists()).toBe(true)
  })

  it('never injects stored HTML', async () => {
    const root = await render(block('paragraph', [text('<img src=x onerror=alert(1)>')]))
    expect(root.find('img').exists()).toBe(false)
    expect(root.text()).toContain('<img src=x onerror=alert(1)>')
  })
})
