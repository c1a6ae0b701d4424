import { mountSuspended } from '@nuxt/test-utils/runtime'
import { beforeEach, describe, expect, it } from 'vitest'
import type { MapConnection, MapData } from '#shared/types/map'
import { setTestLocale } from './locale'
import MapCanvas from '~/components/map/MapCanvas.vue'

const connection = (overrides: Partial<MapConnection> = {}): MapConnection => ({
  id: 'p-1',
  slug: 'hamburg-shanghai',
  title: 'Hamburg – Shanghai',
  kind: 'official',
  since: 1986,
  germanCity: { name: 'Hamburg', region: 'Hamburg', slug: 'hamburg' },
  chineseCity: { name: 'Shanghai', region: 'Shanghai', slug: 'shanghai' },
  path: 'M10 10Q50 0 90 10',
  marker: { x: 50, y: 5 },
  ...overrides,
})

const map: MapData = {
  width: 1000,
  height: 580,
  insets: [{ id: 'de', x: 10, y: 60, width: 340, height: 510 }],
  cities: [{ slug: 'hamburg', name: 'Hamburg', inset: 'de', x: 10, y: 10, label: { x: 16, y: 14, anchor: 'start' } }],
  connections: [connection(), connection({ id: 'p-2', slug: 'muenchen-qingdao', kind: 'project', germanCity: { name: 'München', region: 'Bayern', slug: 'muenchen' }, since: 2004 })],
  figures: { total: 2, official: 1, project: 1, oldest: null },
  options: { states: [], provinces: [], topics: [], years: null },
}

describe('map canvas', () => {
  beforeEach(() => setTestLocale('de'))

  it('links each connection to its partnership with a label naming cities, year and kind', async () => {
    const wrapper = await mountSuspended(MapCanvas, { props: { map } })
    const links = wrapper.findAll('[data-testid="map-canvas"] a')
    expect(links.map((link) => link.attributes('href'))).toEqual(['/de/partnerschaften/hamburg-shanghai', '/de/partnerschaften/muenchen-qingdao'])
    expect(links[0]!.attributes('aria-label')).toBe('Hamburg – Shanghai, seit 1986, offizielle Partnerschaft')
    expect(links[1]!.attributes('aria-label')).toBe('München – Shanghai, seit 2004, Projektpartnerschaft')
  })

  it('tells the kinds apart by line style and marker shape, not by colour alone', async () => {
    const wrapper = await mountSuspended(MapCanvas, { props: { map } })
    const [official, project] = wrapper.findAll('[data-testid="map-canvas"] a')
    expect(official!.classes()).toContain('map-kind-official')
    expect(official!.find('circle.map-marker').exists()).toBe(true)
    expect(project!.classes()).toContain('map-kind-project')
    expect(project!.find('rect.map-marker').exists()).toBe(true)
  })
})
