type LexicalNode = { type?: string; text?: unknown; children?: unknown }

function collect(node: LexicalNode, out: string[]): void {
  if (typeof node.text === 'string') out.push(node.text)
  if (Array.isArray(node.children)) {
    for (const child of node.children) collect(child as LexicalNode, out)
    // Block nodes end a sentence; without the space, words of two paragraphs would run together.
    if (node.type !== 'text' && node.type !== 'link') out.push(' ')
  }
}

/** The words of a Lexical editor state, for the search index and snippets. */
export function plainText(state: unknown): string {
  const root = (state as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  const out: string[] = []
  collect(root, out)
  return out.join('').replace(/\s+/g, ' ').trim()
}
