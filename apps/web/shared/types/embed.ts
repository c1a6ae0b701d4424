// The compact JSON the embeddable widget reads from `/api/embed/partnerships/<slug>`; partners may read it too.
import type { Locale } from '@stadtmacher/domain/locales'
import type { Partnership } from '@stadtmacher/types'

/** A titled link to a page on the site (absolute URL). */
export type EmbedLink = { title: string; url: string }

export type EmbedPartnership = Pick<Partnership, 'title' | 'since' | 'kind'> & {
  lang: Locale
  germanCity: string
  chineseCity: string
  /** The partnership's page on the site. */
  url: string
  /** The latest TERRAIN profiles about it, newest first, at most three. */
  terrain: EmbedLink[]
}
