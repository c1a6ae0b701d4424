import { beforeEach, describe, expect, it } from 'vitest'
import { useNuxtApp } from '#imports'
import { setTestLocale } from './locale'
import { useDocumentPaths } from '~/composables/useDocumentPaths'

// runWithContext is typed as possibly async; this composable is synchronous.
const inNuxt = <T>(composable: () => T): T => useNuxtApp().runWithContext(composable) as T

describe('useDocumentPaths', () => {
  beforeEach(() => setTestLocale('de'))

  it('gives the page of a document in each locale it has a slug in, with that locale’s path and slug', () => {
    const paths = inNuxt(() => useDocumentPaths('partnerships-slug'))
    expect(paths({ slugs: { de: 'hamburg-shanghai', zh: 'hanbao-shanghai' }, shownIn: 'de' })).toEqual({
      de: '/de/partnerschaften/hamburg-shanghai',
      zh: '/zh/huoban-guanxi/hanbao-shanghai',
    })
  })

  it('gives no paths for a document without translations', () => {
    const paths = inNuxt(() => useDocumentPaths('terrain-slug'))
    expect(paths(undefined)).toEqual({})
  })
})
