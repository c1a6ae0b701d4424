import { describe, expect, it } from 'vitest'
import { childPaths, internalLinks } from '../html/links'

const origin = 'http://127.0.0.1:4000'

describe('internalLinks', () => {
  it('keeps same-origin paths without query, hash or trailing slash, and drops other hosts', () => {
    const html = `<a href="/de/terrain/">x</a><a class="c" href='/de/terrain/a?x=1#top'>y</a><a href="https://example.org/de">z</a><a href="/de/terrain">again</a>`
    expect(internalLinks(html, origin)).toEqual(['/de/terrain', '/de/terrain/a'])
  })
  it('lists only the direct children of a section', () => {
    expect(childPaths(['/de/terrain', '/de/terrain/a', '/de/terrain/a/b', '/de/autoren/c'], '/de/terrain')).toEqual(['/de/terrain/a'])
  })
})
