// Where connections and city labels go on the map: pure geometry in SVG units, no data fetching.
import type { MapPoint } from '#shared/types/map'

const round = (value: number) => Math.round(value * 10) / 10

/** A small, stable number from a string, so that a connection keeps its curve whatever the filter. */
export function stableSpread(key: string, steps: number): number {
  let hash = 0
  for (const char of key) hash = (hash * 31 + char.codePointAt(0)!) >>> 0
  return hash % steps
}

/**
 * A quadratic curve from `from` (German city) to `to` (Chinese city) arching above both, higher for
 * longer distances and spread a little by `key` so that curves between neighbouring cities stay apart;
 * `marker` is its highest point, where the kind marker sits.
 */
export function connectionCurve(from: MapPoint, to: MapPoint, key: string, ceiling = 12): { path: string; marker: MapPoint } {
  const lift = 0.16 * Math.abs(to.x - from.x) + 12 * stableSpread(key, 6)
  // The apex of a quadratic curve lies halfway between the control point and the chord's midpoint.
  const control = { x: (from.x + to.x) / 2, y: Math.max(Math.min(from.y, to.y) - lift, 2 * ceiling - (from.y + to.y) / 2) }
  const marker = { x: round((from.x + 2 * control.x + to.x) / 4), y: round((from.y + 2 * control.y + to.y) / 4) }
  return { path: `M${round(from.x)} ${round(from.y)}Q${round(control.x)} ${round(control.y)} ${round(to.x)} ${round(to.y)}`, marker }
}

/** A city that may get a label: `weight` is its number of partnerships, `since` its oldest one. */
export type LabelCandidate = MapPoint & { key: string; name: string; weight: number; since: number }
export type PlacedLabel = MapPoint & { anchor: 'start' | 'end' }
type Box = { x0: number; y0: number; x1: number; y1: number }

export const labelFontSize = 12

/** Approximate width of a label: CJK characters are a full em wide, Latin ones a little over half. */
export function labelWidth(name: string, fontSize = labelFontSize): number {
  return [...name].reduce((width, char) => width + (/[\u2E80-\u9FFF\uF900-\uFAFF]/.test(char) ? 1 : 0.58) * fontSize, 0)
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1

/**
 * Labels for the cities with most partnerships first (then the longest-standing), right of the dot or else
 * left of it, skipping any that would cover a placed label or another city's dot or leave `bounds`; at
 * most `max`. Keyed by the candidate's key.
 */
export function placeLabels(candidates: LabelCandidate[], bounds: Box, max: number): Map<string, PlacedLabel> {
  const placed = new Map<string, PlacedLabel>()
  const boxes: Box[] = []
  const dot = (city: LabelCandidate): Box & { key: string } => ({ key: city.key, x0: city.x - 2.5, y0: city.y - 2.5, x1: city.x + 2.5, y1: city.y + 2.5 })
  const dots = candidates.map(dot)
  const ordered = [...candidates].sort((a, b) => b.weight - a.weight || a.since - b.since || a.name.localeCompare(b.name))
  for (const city of ordered) {
    if (placed.size >= max) break
    const width = labelWidth(city.name)
    const y0 = city.y - labelFontSize * 0.8
    const options: [PlacedLabel, Box][] = [
      [{ x: city.x + 6, y: city.y + 4, anchor: 'start' }, { x0: city.x + 4, y0, x1: city.x + 8 + width, y1: y0 + labelFontSize * 1.2 }],
      [{ x: city.x - 6, y: city.y + 4, anchor: 'end' }, { x0: city.x - 8 - width, y0, x1: city.x - 4, y1: y0 + labelFontSize * 1.2 }],
    ]
    const free = (box: Box) =>
      box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1 &&
      !boxes.some((other) => overlaps(box, other)) &&
      !dots.some((other) => other.key !== city.key && overlaps(box, other))
    const fit = options.find(([, box]) => free(box))
    if (!fit) continue
    placed.set(city.key, { x: round(fit[0].x), y: round(fit[0].y), anchor: fit[0].anchor })
    boxes.push(fit[1])
  }
  return placed
}
