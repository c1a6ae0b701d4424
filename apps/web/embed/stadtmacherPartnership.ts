// <stadtmacher-partnership slug="…" lang="de|en|zh">: a partnership card for partner sites, in a shadow root.
import { defaultLocale, isLocale, type Locale } from '@stadtmacher/domain/locales'
import type { EmbedPartnership } from '../shared/types/embed'
import { renderMessage, renderPartnership } from './render'
import { embedStrings } from './strings'
import { embedStyles } from './styles'

// The data comes from the site that serves this script, never from the partner's origin or a third party.
const siteOrigin = new URL(import.meta.url).origin

export class StadtmacherPartnership extends HTMLElement {
  static observedAttributes = ['slug', 'lang']
  #root = this.attachShadow({ mode: 'open' })
  #loading: AbortController | undefined

  connectedCallback() {
    void this.#load()
  }

  attributeChangedCallback() {
    if (this.isConnected) void this.#load()
  }

  disconnectedCallback() {
    this.#loading?.abort()
  }

  get #lang(): Locale {
    const lang = this.getAttribute('lang')
    return isLocale(lang) ? lang : defaultLocale
  }

  #show(content: HTMLElement) {
    const style = document.createElement('style')
    style.textContent = embedStyles
    this.#root.replaceChildren(style, content)
  }

  async #load() {
    this.#loading?.abort()
    const loading = new AbortController()
    this.#loading = loading
    const lang = this.#lang
    const slug = this.getAttribute('slug') ?? ''
    this.#show(renderMessage(document, lang, embedStrings[lang].loading))
    try {
      const url = `${siteOrigin}/api/embed/partnerships/${encodeURIComponent(slug)}?lang=${lang}`
      const response = await fetch(url, { signal: loading.signal, credentials: 'omit' })
      if (!response.ok) throw new Error(`${response.status}`)
      const data = (await response.json()) as EmbedPartnership
      this.#show(renderPartnership(document, data, lang, siteOrigin))
    } catch (error) {
      if (loading.signal.aborted) return
      console.warn(`[stadtmacher] partnership "${slug}" (${lang}) unavailable:`, (error as Error).message)
      this.#show(renderMessage(document, lang, embedStrings[lang].unavailable))
    }
  }
}
