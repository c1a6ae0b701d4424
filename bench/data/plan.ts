// The benchmark data set as plain data, one document at a time: document i is derived from (seed, kind, i)
// alone, so any document can be regenerated without the others and the whole set never sits in memory.
// Real cities (names, regions, coordinates from the CMS seed) come first; the rest are clearly
// synthetic ("Benchstadt 0412") so benchmark data can never be mistaken for seed content.
import type { Locale } from '@stadtmacher/domain/locales'
import realCities from '../../apps/cms/src/seed/data/cities.json' with { type: 'json' }
import { createPrng, type Prng } from './prng'
import type { DataSizes } from './sizes'
import { lexicalBody, sentence } from './text'

export type Localized<T> = Record<Locale, T>
type Country = 'DE' | 'CN'
type RealCity = (typeof realCities)[number]

export type CityPlan = { country: Country; name: Localized<string>; region: Localized<string>; slug: Localized<string>; latitude: number; longitude: number }
export type TopicPlan = { name: Localized<string>; slug: string }
export type AuthorPlan = { name: string; slug: string; role: Localized<string>; biography: Localized<unknown> }
export type PartnershipPlan = { german: number; chinese: number; since: number; kind: 'official' | 'project'; topics: number[]; summary: Localized<unknown>; source: string }
export type TerrainPlan = {
  slug: Localized<string>
  title: Localized<string>
  teaser: Localized<string>
  body: Localized<unknown>
  period: Localized<string>
  kind: (typeof terrainKinds)[number]
  date: string
  partnerships: number[]
  cities: number[]
  authors: number[]
  topics: number[]
}

const terrainKinds = ['project-example', 'essay', 'event', 'report', 'academy'] as const
const locales: readonly Locale[] = ['de', 'en', 'zh']

/** A per-document generator: the same (seed, kind, index) always gives the same stream. */
export function documentPrng(seed: number, kind: string, index: number): Prng {
  let h = seed >>> 0
  for (const char of `${kind}:${index}`) h = Math.imul(h ^ char.charCodeAt(0), 0x01000193) >>> 0
  return createPrng(h)
}

const pad = (n: number, width = 4) => String(n).padStart(width, '0')
const byLocale = <T>(make: (locale: Locale) => T): Localized<T> => ({ de: make('de'), en: make('en'), zh: make('zh') })

/** German cities take the first half of the city count, Chinese cities the rest. */
export const cityCounts = (sizes: DataSizes) => ({ DE: Math.ceil(sizes.cities / 2), CN: Math.floor(sizes.cities / 2) })

const realOf = (country: Country) => realCities.filter((city) => city.country === country)

function realCity(city: RealCity): CityPlan {
  // Same zh slug rule as the seed, without pinyin: German cities get their de slug plus "zh".
  const zh = city.country === 'CN' ? city.slug : `${city.slug}-zh`
  return { country: city.country as Country, name: city.name, region: city.region, slug: { de: city.slug, en: city.slug, zh }, latitude: city.latitude, longitude: city.longitude }
}

function syntheticCity(seed: number, country: Country, n: number, base: RealCity): CityPlan {
  const prng = documentPrng(seed, `city-${country}`, n)
  const de = country === 'DE' ? `Benchstadt ${pad(n)}` : `Benchshi ${pad(n)}`
  const zh = country === 'DE' ? `测试城${pad(n)}` : `测试市${pad(n)}`
  const slug = country === 'DE' ? `benchstadt-${pad(n)}` : `benchshi-${pad(n)}`
  const jitter = () => Math.round((prng.next() - 0.5) * 100_000) / 100_000
  return {
    country,
    name: { de, en: de, zh },
    region: base.region,
    slug: { de: slug, en: slug, zh: slug },
    latitude: Math.round((base.latitude + jitter()) * 100_000) / 100_000,
    longitude: Math.round((base.longitude + jitter()) * 100_000) / 100_000,
  }
}

/** The n-th city of a country: a real one while they last, then a synthetic one near a real one. */
export function cityOf(seed: number, country: Country, n: number): CityPlan {
  const real = realOf(country)
  const known = real[n]
  return known ? realCity(known) : syntheticCity(seed, country, n, real[n % real.length]!)
}

export function topicAt(index: number): TopicPlan {
  return { name: { de: `Benchthema ${index + 1}`, en: `Bench topic ${index + 1}`, zh: `测试主题${index + 1}` }, slug: `benchthema-${index + 1}` }
}

export function authorAt(seed: number, index: number): AuthorPlan {
  const prng = documentPrng(seed, 'author', index)
  return {
    name: `Bench Autorin ${pad(index, 3)}`,
    slug: `bench-autorin-${pad(index, 3)}`,
    role: byLocale((locale) => sentence(prng, locale, 4)),
    biography: byLocale((locale) => lexicalBody(prng, locale, 1)),
  }
}

/** Distinct pairs for every index below DE × CN: row r pairs German city g with Chinese city (g + r) mod CN. */
export function partnershipPair(index: number, counts: { DE: number; CN: number }) {
  const german = index % counts.DE
  const row = Math.floor(index / counts.DE)
  return { german, chinese: (german + row) % counts.CN }
}

const distinct = (prng: Prng, count: number, below: number) => [...new Set(Array.from({ length: count }, () => prng.int(0, below - 1)))]

export function partnershipAt(seed: number, sizes: DataSizes, index: number): PartnershipPlan {
  const prng = documentPrng(seed, 'partnership', index)
  return {
    ...partnershipPair(index, cityCounts(sizes)),
    since: prng.int(1979, 2024),
    kind: prng.next() < 0.5 ? 'official' : 'project',
    topics: distinct(prng, prng.int(1, 3), sizes.topics),
    summary: byLocale((locale) => lexicalBody(prng, locale, 1)),
    source: `https://bench.invalid/partnership/${pad(index)}`,
  }
}

export function terrainAt(seed: number, sizes: DataSizes, index: number): TerrainPlan {
  const prng = documentPrng(seed, 'terrain', index)
  const n = pad(index, 5)
  const day = prng.int(0, 9000)
  const date = new Date(Date.UTC(2000, 0, 1) + day * 86_400_000).toISOString()
  return {
    slug: { de: `benchprofil-${n}`, en: `bench-profile-${n}`, zh: `ceshi-dangan-${n}` },
    title: { de: `Benchprofil ${n}: ${sentence(prng, 'de', 4)}`, en: `Bench profile ${n}: ${sentence(prng, 'en', 4)}`, zh: `测试档案${n}：${sentence(prng, 'zh', 4)}` },
    teaser: byLocale((locale) => sentence(prng, locale, 20)),
    body: byLocale((locale) => lexicalBody(prng, locale, 2)),
    period: byLocale(() => date.slice(0, 10)),
    kind: prng.pick(terrainKinds),
    date,
    partnerships: distinct(prng, prng.int(1, 2), sizes.partnerships),
    cities: distinct(prng, prng.int(1, 2), sizes.cities),
    authors: distinct(prng, prng.int(1, 2), sizes.authors),
    topics: distinct(prng, prng.int(1, 2), sizes.topics),
  }
}

export { locales }
