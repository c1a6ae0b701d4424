import type { LexicalNode } from '#shared/types/richText'

// Lexical's text format bit flags (lexical/LexicalConstants): the marks a text node carries.
const formatMarks = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
] as const

export type TextMark = (typeof formatMarks)[number][1]

/** The HTML elements a text node's format bits stand for, outermost first. */
export function textMarks(format: unknown): TextMark[] {
  const bits = typeof format === 'number' ? format : 0
  return formatMarks.filter(([bit]) => (bits & bit) !== 0).map(([, tag]) => tag)
}

const headingTags = ['h2', 'h3', 'h4', 'h5', 'h6'] as const

/** A heading's tag; `h1` is the page title's, so stored h1 headings render as h2. */
export function headingTag(node: LexicalNode): (typeof headingTags)[number] {
  const tag = node.tag === 'h1' ? 'h2' : node.tag
  return headingTags.find((candidate) => candidate === tag) ?? 'h2'
}

/** `ol` for numbered lists, `ul` for bullet and check lists. */
export function listTag(node: LexicalNode): 'ol' | 'ul' {
  return node.listType === 'number' || node.tag === 'ol' ? 'ol' : 'ul'
}

/** An external link target, or null when its scheme could run script or is unknown. */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string' || !url.trim()) return null
  const trimmed = url.trim()
  if (/^(https?:|mailto:|tel:)/i.test(trimmed)) return trimmed
  if (/^(\/(?!\/)|#)/.test(trimmed)) return trimmed
  return null
}

/** The node's children, or none. */
export function childrenOf(node: LexicalNode): LexicalNode[] {
  return Array.isArray(node.children) ? node.children : []
}
