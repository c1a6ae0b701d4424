import type { Author, City, Media, Partnership, Terrain, Topic } from '@stadtmacher/types'

const now = '2026-01-01T00:00:00.000Z'

export function mockCity(overrides: Partial<City> = {}): City {
  return { id: 'city-hh', name: 'Hamburg', country: 'DE', region: 'Hamburg', coordinates: { latitude: 53.55, longitude: 10 }, slug: 'hamburg', updatedAt: now, createdAt: now, ...overrides }
}

export function mockTopic(overrides: Partial<Topic> = {}): Topic {
  return { id: 'topic-culture', name: 'Kultur', slug: 'kultur', updatedAt: now, createdAt: now, ...overrides }
}

export function mockPartnership(overrides: Partial<Partnership> = {}): Partnership {
  return {
    id: 'p-1',
    title: 'Hamburg – Shanghai',
    germanCity: mockCity(),
    chineseCity: mockCity({ id: 'city-sh', name: 'Shanghai', country: 'CN', region: 'Shanghai', slug: 'shanghai' }),
    since: 1986,
    kind: 'official',
    topics: [mockTopic()],
    slug: 'hamburg-shanghai',
    updatedAt: now,
    createdAt: now,
    _status: 'published',
    ...overrides,
  }
}

export function mockMedia(overrides: Partial<Media> = {}): Media {
  const size = (width: number, height: number, name: string) => ({ url: `/api/media/file/${name}`, width, height, mimeType: 'image/webp', filesize: 1, filename: name })
  return {
    id: 'm-1',
    alt: 'Zwei Orte, verbunden',
    url: '/api/media/file/hero.png',
    filename: 'hero.png',
    width: 1600,
    height: 900,
    sizes: {
      thumbnail: size(400, 225, 'hero-400x225.webp'),
      card: size(768, 432, 'hero-768x432.webp'),
      hero: size(1600, 900, 'hero-1600x900.webp'),
      og: { ...size(1200, 630, 'hero-1200x630.jpg'), mimeType: 'image/jpeg' },
    },
    updatedAt: now,
    createdAt: now,
    ...overrides,
  }
}

export function mockAuthor(overrides: Partial<Author> = {}): Author {
  return { id: 'a-1', name: 'Christian Y. Schmidt', slug: 'christian-y-schmidt', updatedAt: now, createdAt: now, _status: 'published', ...overrides }
}

/** A TERRAIN profile as the CMS returns it at depth 2. */
export function mockTerrain(overrides: Partial<Terrain> = {}): Terrain {
  return {
    id: 't-1',
    title: 'Die Pekinger Mischung',
    teaser: 'Ein Essay über Peking.',
    kind: 'essay',
    slug: 'die-pekinger-mischung',
    hero: mockMedia(),
    authors: [mockAuthor()],
    partnerships: [mockPartnership()],
    topics: [mockTopic()],
    updatedAt: now,
    createdAt: now,
    _status: 'published',
    ...overrides,
  }
}
