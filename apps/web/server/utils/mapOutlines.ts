// The two country insets of the partnership map: projections fitted to Germany and China, and their
// outlines from Natural Earth (world-atlas, 1:50m) as simplified SVG path data, computed once per process.
import { geoConicConformal, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import countries50m from 'world-atlas/countries-50m.json'
import type { InsetId, MapInset, MapPoint } from '#shared/types/map'

export const mapSize = { width: 1000, height: 580 } as const

type InsetSpec = { id: InsetId; isoNumeric: string; x: number; y: number; width: number; height: number; projection: () => GeoProjection }

// Conformal conic projections keep the shapes of mid-latitude countries; each has standard parallels
// through its own country, so neither is distorted to fit the other (a single world map would shrink Germany).
export const insetSpecs: InsetSpec[] = [
  { id: 'de', isoNumeric: '276', x: 10, y: 60, width: 340, height: 510, projection: () => geoConicConformal().rotate([-10.5, 0]).parallels([48.5, 53.5]) },
  { id: 'cn', isoNumeric: '156', x: 380, y: 60, width: 610, height: 510, projection: () => geoConicConformal().rotate([-105, 0]).parallels([25, 47]) },
]

const padding = 14
// Outline points closer than this (in SVG units, about a pixel) to the previous one are dropped; the
// neighbouring countries are only context and are simplified further.
const countryStep = 1.5
const landStep = 3

/** SVG path data in whole units, dropping points that would not move the line by `step`. */
export function simplifiedPathContext(step: number) {
  let out = ''
  let last: MapPoint | null = null
  let pending: MapPoint | null = null
  const fmt = (value: number) => String(Math.round(value))
  const emit = (command: 'M' | 'L', x: number, y: number) => {
    out += `${command}${fmt(x)} ${fmt(y)}`
    last = { x, y }
    pending = null
  }
  return {
    moveTo(x: number, y: number) {
      if (pending) emit('L', pending.x, pending.y)
      emit('M', x, y)
    },
    lineTo(x: number, y: number) {
      if (last && Math.hypot(x - last.x, y - last.y) < step) {
        pending = { x, y }
        return
      }
      emit('L', x, y)
    },
    closePath() {
      if (pending) emit('L', pending.x, pending.y)
      out += 'Z'
    },
    beginPath() {},
    arc() {},
    result: () => out,
  }
}

function toPath(projection: GeoProjection, object: GeoPermissibleObjects, step: number): string {
  const context = simplifiedPathContext(step)
  geoPath(projection, context).call(null, object)
  // Rings that collapsed to a single point (tiny islands) are dropped.
  return context.result().replace(/M-?\d+ -?\d+Z/g, '')
}

/** An inset with its outlines (the focus country and its neighbours) and the projection of a point into it. */
export type Inset = MapInset & { land: string; country: string; project: (longitude: number, latitude: number) => MapPoint | null }

function buildInset(spec: InsetSpec, countries: ReturnType<typeof countryFeatures>): Inset {
  const focus = countries.find((country) => String(country.id) === spec.isoNumeric)
  if (!focus) throw new Error(`world-atlas has no country ${spec.isoNumeric}`)
  const box: [[number, number], [number, number]] = [
    [spec.x, spec.y],
    [spec.x + spec.width, spec.y + spec.height],
  ]
  const projection = spec.projection().fitExtent([[spec.x + padding, spec.y + padding], [spec.x + spec.width - padding, spec.y + spec.height - padding]], focus)
  projection.clipExtent(box)
  const neighbours = { type: 'FeatureCollection' as const, features: countries.filter((country) => country !== focus) }
  return {
    id: spec.id,
    x: spec.x,
    y: spec.y,
    width: spec.width,
    height: spec.height,
    land: toPath(projection, neighbours, landStep),
    country: toPath(projection, focus, countryStep),
    project: (longitude, latitude) => {
      const point = projection([longitude, latitude])
      return point ? { x: Math.round(point[0] * 10) / 10, y: Math.round(point[1] * 10) / 10 } : null
    },
  }
}

function countryFeatures() {
  const topology = countries50m as unknown as Topology<{ countries: GeometryCollection }>
  return feature(topology, topology.objects.countries).features
}

let insets: Inset[] | undefined

/** Both insets; the outlines never change while the server runs, so they are projected on first use only. */
export function mapInsets(): Inset[] {
  insets ??= (() => {
    const countries = countryFeatures()
    return insetSpecs.map((spec) => buildInset(spec, countries))
  })()
  return insets
}

/** The outlines of both insets as a standalone SVG document: sea, neighbouring land, then the country. */
export function mapOutlinesSvg(insets: Inset[] = mapInsets()): string {
  const parts = insets.map(
    (inset) =>
      `<rect x="${inset.x}" y="${inset.y}" width="${inset.width}" height="${inset.height}" fill="#e8eef1"/>` +
      `<path d="${inset.land}" fill="#e4e0d6" stroke="#ffffff" stroke-width="0.8"/>` +
      `<path d="${inset.country}" fill="#ffffff" stroke="#8c8678" stroke-width="1"/>`,
  )
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${mapSize.width} ${mapSize.height}" width="${mapSize.width}" height="${mapSize.height}">${parts.join('')}</svg>`
}
