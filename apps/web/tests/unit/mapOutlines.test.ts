import { describe, expect, it } from 'vitest'
import { insetSpecs, mapInsets, mapOutlinesSvg, mapSize, simplifiedPathContext } from '../../server/utils/mapOutlines'

const [germany, china] = mapInsets()

describe('map insets and outlines', () => {
  it('fits Germany into the left inset and China into the right one', () => {
    expect(germany?.id).toBe('de')
    expect(china?.id).toBe('cn')
    const hamburg = germany!.project(9.99, 53.55)!
    const munich = germany!.project(11.58, 48.14)!
    expect(hamburg.y).toBeLessThan(munich.y)
    expect(hamburg.x).toBeLessThan(munich.x)
    for (const point of [hamburg, munich]) {
      expect(point.x).toBeGreaterThan(germany!.x)
      expect(point.x).toBeLessThan(germany!.x + germany!.width)
    }
    const shanghai = china!.project(121.47, 31.23)!
    const urumqi = china!.project(87.62, 43.83)!
    expect(urumqi.x).toBeLessThan(shanghai.x)
    expect(shanghai.x).toBeGreaterThan(germany!.x + germany!.width)
    expect(shanghai.x).toBeLessThan(mapSize.width)
  })

  it('keeps the two insets apart and inside the map', () => {
    const [left, right] = insetSpecs
    expect(left!.x + left!.width).toBeLessThan(right!.x)
    for (const spec of insetSpecs) expect(spec.y + spec.height).toBeLessThanOrEqual(mapSize.height)
  })

  it('draws both countries and their neighbours as compact path data', () => {
    for (const inset of [germany!, china!]) {
      expect(inset.country).toMatch(/^M-?\d+ -?\d+L/)
      expect(inset.land.length).toBeGreaterThan(100)
    }
    // Simplified and in whole units: the outlines of both insets stay well under 60 kB.
    expect(germany!.country.length + germany!.land.length + china!.country.length + china!.land.length).toBeLessThan(60_000)
  })

  it('drops outline points closer than the step to the last one it kept', () => {
    const context = simplifiedPathContext(2)
    context.moveTo(0, 0)
    context.lineTo(0.5, 0.5)
    context.lineTo(1, 1)
    context.lineTo(10, 0)
    context.closePath()
    expect(context.result()).toBe('M0 0L10 0Z')
  })

  it('serves the outlines as a standalone SVG in the map coordinates', () => {
    const svg = mapOutlinesSvg()
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 1000 580"/)
    expect(svg.match(/<path /g)).toHaveLength(4)
  })
})
