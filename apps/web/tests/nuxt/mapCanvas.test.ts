import { mountSuspended } from '@nuxt/test-utils/runtime'
import { beforeEach, describe, expect, it } from 'vitest'
import type { MapConnection, MapData } from '#shared/types/map'
import { setTestLocale } from './locale'
import MapCanvas from '~/components/map/MapCanvas.vue'

const connection = (overrides: Partial<MapConnection> = {}): MapConnection => ({
  slug: 'hamburg-shanghai',
  title: 'Hamburg – Shanghai',
  kind: 'official',
  since: 1986,
  germanCity: { name: 'Hamburg', region: 'Hamburg' },
  chineseCity: { name: 'Shanghai', region: 'Shanghai' },
  path: 'M10 10Q50 0 90 10',
  marker: { x: 50, y: 5 },
  ...overrides,
})

const map: MapData = {
  width: 1000,
  height: 580,
  insets: [{ id: 'de', x: 10, y: 60, width: 340, height: 510 }],
  cities: [{ x: 10, y: 10 }, { x: 90, y: 10 }],
  labels: [{ name: 'Hamburg', x: 16, y: 14, anchor: 'start' }],
  connections: [connection(), connection({ slug: 'muenchen-qingdao', kind: 'project', germanCity: { name: 'München', region: 'Bayern' }, since: 2004 })],
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
    expect(official!.classes()).toContain('map-official')
    expect(official!.find('circle').attributes()).toMatchObject({ cx: '50', cy: '5', r: '4' })
    expect(project!.classes()).toContain('map-project')
    expect(project!.findAll('path').map((path) => path.attributes('d'))).toEqual(['M10 10Q50 0 90 10', 'M50 0l5 5-5 5-5-5z'])
  })

  it('draws every city as a dot of one path and names the labelled ones', async () => {
    const wrapper = await mountSuspended(MapCanvas, { props: { map } })
    expect(wrapper.find('.map-cities').attributes('d')).toBe('M10 10h0M90 10h0')
    expect(wrapper.findAll('.map-labels text').map((text) => text.text())).toEqual(['Hamburg'])
  })
})
