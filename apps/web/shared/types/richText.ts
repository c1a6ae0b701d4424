import type { RichTextState } from './content'

/** One node of a Lexical editor state as the CMS stores it; only `type` is guaranteed. */
export type LexicalNode = RichTextState['root']['children'][number] & { children?: LexicalNode[] }
