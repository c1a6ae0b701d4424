import { gzipSync } from 'node:zlib'
import { nuxtPayload, payloadUrl, scriptAssets } from '../html/assets'
import { payloadDuplicates } from '../html/payloadDuplicates'
import { kb } from '../report/format'
import type { PageType } from '../routes'
import { fetchOk } from './pages'
import type { Figure, Row } from './types'

const pageTypes: PageType[] = ['home', 'partnershipList', 'partnershipDetail', 'terrainList', 'terrainDetail', 'authorList', 'authorDetail', 'map']
const budget = 100_000
const gzipSize = (body: Buffer | string) => gzipSync(body).byteLength

async function weigh(origin: string, path: string): Promise<Row> {
  const html = await (await fetchOk(`${origin}${path}`)).text()
  const scripts = scriptAssets(html, `${origin}${path}`)
  let js = 0
  for (const url of scripts) js += gzipSize(Buffer.from(await (await fetchOk(url)).arrayBuffer()))
  // Cached pages move their data into _payload.json; others inline it. Either way it is page weight.
  const external = payloadUrl(html, `${origin}${path}`)
  const payload = external ? await (await fetchOk(external)).text() : nuxtPayload(html)
  const payloadBytes = payload ? gzipSize(payload) : 0
  const duplicates = payload ? payloadDuplicates(payload) : { strings: 0, bytes: 0, examples: [] }
  const clean = js <= budget && duplicates.strings === 0
  return {
    figure: `page weight: ${path}`,
    measured: `HTML ${kb(gzipSize(html))}, payload ${kb(payloadBytes)}, JS ${kb(js)} (${scripts.length} files)`,
    target: 'JS ≤ 100 kB, no duplicated data',
    status: clean ? 'pass' : 'miss',
    note: duplicates.strings ? `payload repeats ${duplicates.strings} long strings (${kb(duplicates.bytes)}), e.g. "${duplicates.examples[0]}"` : 'no repeated data in the payload',
    data: { html: gzipSize(html), htmlRaw: Buffer.byteLength(html), payload: payloadBytes, payloadUrl: external, js, scripts, duplicates },
  }
}

/** HTML, payload and JavaScript bytes (gzip) per German page type, and repeated data in the Nuxt payload. */
export const pageWeight: Figure = {
  id: 'weight',
  title: 'page weight',
  async run({ full }) {
    const routes = full.routes.de ?? {}
    const rows: Row[] = []
    for (const type of pageTypes) {
      const path = routes[type]
      if (path) rows.push({ ...(await weigh(full.web.url, path)), figure: `page weight: ${type} (${path})` })
    }
    return rows
  },
}
