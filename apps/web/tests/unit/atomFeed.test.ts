import { describe, expect, it } from 'vitest'
import { atomFeed } from '../../server/utils/atomFeed'

describe('Atom feed', () => {
  it('escapes text and keeps Chinese characters', () => {
    const xml = atomFeed({
      id: 'https://site/zh/feed.xml',
      title: 'Stadtmacher TERRAIN',
      subtitle: 'A & B',
      lang: 'zh-Hans',
      selfUrl: 'https://site/zh/feed.xml',
      siteUrl: 'https://site/zh/terrain',
      updated: '2026-01-01T00:00:00.000Z',
      entries: [{ id: 'urn:1', title: '北京 <混合>', summary: '"x"', url: 'https://site/zh/terrain/a', updated: '2026-01-01T00:00:00.000Z', authors: ['Anna'] }],
    })
    expect(xml).toContain('<title>北京 &lt;混合&gt;</title>')
    expect(xml).toContain('<subtitle>A &amp; B</subtitle>')
    expect(xml).toContain('xml:lang="zh-Hans"')
    expect(xml).toContain('<author><name>Anna</name></author>')
  })
})
