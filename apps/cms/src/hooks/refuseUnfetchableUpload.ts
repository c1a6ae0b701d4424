import { type CollectionAfterErrorHook, FileRetrievalError } from 'payload'

/**
 * An upload from a URL that Payload cannot or may not fetch (its SSRF filter blocks private and
 * loopback addresses, also behind redirects) ends in a 500. The request is at fault, not the server:
 * answer 400 with a message instead.
 */
export const refuseUnfetchableUpload: CollectionAfterErrorHook = ({ error, req }) => {
  const fromUrl = typeof (req.data as { url?: unknown } | undefined)?.url === 'string'
  if (!(error instanceof FileRetrievalError) || !fromUrl) return
  return { status: 400, response: { errors: [{ message: 'The file could not be fetched from that address; upload the file itself.' }] } }
}
