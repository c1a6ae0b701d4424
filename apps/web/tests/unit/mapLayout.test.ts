import { describe, expect, it } from 'vitest'
import { connectionCurve, labelWidth, placeLabels, stableSpread } from '../../server/utils/mapLayout'

const bounds = { x0: 0, y0: 0, x1: 400, y1: 400 }

describe('map layout', () => {
  it('draws a connection from the German to the Chinese city, arching above both', () => {
    const { path, marker } = connectionCurve({ x: 100, y: 300 }, { x: 800, y: 350 }, 'hamburg-shanghai')
    expect(path).toMatch(/^M100 300Q[\d.]+ -?[\d.]+ 800 350$/)
    expect(marker.y).toBeLessThan(300)
    expect(marker.x).toBe(450)
  })

  it('keeps the highest point of a curve below the top margin', () => {
    const { marker } = connectionCurve({ x: 10, y: 20 }, { x: 990, y: 30 }, 'far', 12)
    expect(marker.y).toBeGreaterThanOrEqual(12)
  })

  it('gives a connection the same curve whatever else is shown', () => {
    expect(stableSpread('hamburg-shanghai', 6)).toBe(stableSpread('hamburg-shanghai', 6))
    expect(connectionCurve({ x: 1, y: 2 }, { x: 3, y: 4 }, 'a')).toEqual(connectionCurve({ x: 1, y: 2 }, { x: 3, y: 4 }, 'a'))
  })

  it('measures Chinese labels wider than Latin ones of the same length', () => {
    expect(labelWidth('上海')).toBeGreaterThan(labelWidth('Ulm'.slice(0, 2)))
  })

  it('labels the busiest cities first, never overlapping and never leaving the inset', () => {
    const candidates = [
      { key: 'a', name: 'Hamburg', x: 100, y: 100, weight: 1, since: 1986 },
      { key: 'b', name: 'Berlin', x: 105, y: 102, weight: 5, since: 1994 },
      { key: 'c', name: 'Randstadt', x: 395, y: 300, weight: 2, since: 2000 },
      { key: 'd', name: 'Potsdam', x: 104, y: 101, weight: 0, since: 2000 },
    ]
    const labels = placeLabels(candidates, bounds, 10)
    expect(labels.get('b')).toEqual({ x: 111, y: 106, anchor: 'start' })
    // Hamburg's label would cover Berlin's on the right, so it goes left; Potsdam's fits nowhere.
    expect(labels.get('a')?.anchor).toBe('end')
    expect(labels.has('d')).toBe(false)
    // Too close to the right edge: the label goes to the left of the dot.
    expect(labels.get('c')?.anchor).toBe('end')
  })

  it('prefers the longest-standing partner city among equally busy ones', () => {
    const labels = placeLabels(
      [
        { key: 'young', name: 'Aachen', x: 100, y: 100, weight: 1, since: 2010 },
        { key: 'old', name: 'Hamburg', x: 100, y: 104, weight: 1, since: 1986 },
      ],
      bounds,
      1,
    )
    expect([...labels.keys()]).toEqual(['old'])
  })

  it('keeps labels off other cities’ dots', () => {
    const labels = placeLabels(
      [
        { key: 'a', name: 'Duisburg', x: 100, y: 100, weight: 2, since: 1982 },
        { key: 'b', name: 'X', x: 130, y: 100, weight: 0, since: 2000 },
      ],
      bounds,
      5,
    )
    expect(labels.get('a')?.anchor).toBe('end')
  })

  it('places at most the given number of labels', () => {
    const candidates = Array.from({ length: 20 }, (_, index) => ({ key: String(index), name: 'X', x: 20, y: 15 + index * 18, weight: index, since: 2000 }))
    expect(placeLabels(candidates, bounds, 5).size).toBe(5)
  })
})
