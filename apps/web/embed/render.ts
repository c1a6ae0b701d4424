// Pure rendering of the widget's content with DOM APIs: data only ever lands in textContent and checked hrefs.
import { localeTags, type Locale } from '@stadtmacher/domain/locales'
import type { EmbedPartnership } from '../shared/types/embed'
import { embedStrings } from './strings'

type Child = Node | string

function element(doc: Document, tag: string, attributes: Record<string, string>, children: Child[] = []): HTMLElement {
  const node = doc.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  for (const child of children) node.append(typeof child === 'string' ? doc.createTextNode(child) : child)
  return node
}

/** `url` if it is an http(s) address, else the site's origin: no `javascript:` links from data. */
export function safeHref(url: string, siteOrigin: string): string {
  try {
    const parsed = new URL(url, siteOrigin)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : siteOrigin
  } catch {
    return siteOrigin
  }
}

function link(doc: Document, href: string, text: string, attributes: Record<string, string> = {}) {
  return element(doc, 'a', { href, target: '_blank', rel: 'noopener', ...attributes }, [text])
}

/** The partnership card: kind, title linking to the site, cities and year, the latest TERRAIN profiles. */
export function renderPartnership(doc: Document, data: EmbedPartnership, lang: Locale, siteOrigin: string): HTMLElement {
  const strings = embedStrings[lang]
  const href = safeHref(data.url, siteOrigin)
  const children: Child[] = [
    element(doc, 'p', { class: 'kicker' }, [strings.kind[data.kind] ?? '']),
    element(doc, 'h2', {}, [link(doc, href, data.title ?? '', { 'data-testid': 'embed-title' })]),
    element(doc, 'p', { class: 'meta' }, [`${data.germanCity} · ${data.chineseCity} · ${strings.since(data.since)}`]),
  ]
  if (data.terrain.length) {
    const items = data.terrain.map((piece) => element(doc, 'li', {}, [link(doc, safeHref(piece.url, siteOrigin), piece.title)]))
    children.push(element(doc, 'h3', {}, [strings.latest_terrain]), element(doc, 'ul', { 'data-testid': 'embed-terrain' }, items))
  }
  children.push(link(doc, href, strings.more, { class: 'more' }))
  return element(doc, 'article', { class: 'card', lang: localeTags[lang] }, children)
}

/** A one-line status (loading, unavailable) in the card frame. */
export function renderMessage(doc: Document, lang: Locale, text: string): HTMLElement {
  return element(doc, 'div', { class: 'card', lang: localeTags[lang], role: 'status' }, [element(doc, 'p', { class: 'message' }, [text])])
}
