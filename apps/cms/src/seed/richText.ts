import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** A paragraph, second-level heading or quote of plain text: all the seed content needs. */
export type TextBlock = { type: 'paragraph' | 'h2' | 'quote'; text: string }

const textNode = (text: string) => ({ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })

function blockNode({ type, text }: TextBlock) {
  const base = { format: '', indent: 0, version: 1, direction: 'ltr', children: [textNode(text)] }
  if (type === 'h2') return { ...base, type: 'heading', tag: 'h2' }
  if (type === 'quote') return { ...base, type: 'quote' }
  return { ...base, type: 'paragraph', textFormat: 0, textStyle: '' }
}

/** Lexical editor state for a list of text blocks, as the admin's editor would save it. */
export function richText(blocks: TextBlock[]): SerializedEditorState {
  return {
    root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: blocks.map(blockNode) },
  } as unknown as SerializedEditorState
}
