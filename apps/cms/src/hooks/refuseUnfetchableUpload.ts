import { type AfterErrorHook, type CollectionAfterErrorHook, FileRetrievalError } from 'payload'

const message = 'url: the file could not be fetched from that address; upload the file itself.'

/**
 * An upload from a URL that Payload cannot or may not fetch (its SSRF filter blocks private and
 * loopback addresses, also behind redirects) ends in a 500. The request is at fault, not the server:
 * answer 400 with a message instead.
 */
export const refuseUnfetchableUpload: CollectionAfterErrorHook = ({ error, req }) => {
  const fromUrl = typeof (req.data as { url?: unknown } | undefined)?.url === 'string'
  if (!(error instanceof FileRetrievalError) || !fromUrl) return
  return { status: 400, response: { errors: [{ message, field: 'url' }] } }
}

/**
 * The same refusal over GraphQL, where Payload reports the error inside an HTTP 200 as
 * `extensions.statusCode: 500` and "Something went wrong."; only the global afterError hook sees GraphQL errors.
 */
export const refuseUnfetchableUploadInGraphQL: AfterErrorHook = ({ error, graphqlResult }) => {
  const original = (error as { originalError?: unknown }).originalError
  if (!graphqlResult || !(original instanceof FileRetrievalError)) return
  return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 400, data: { field: 'url' } } } }
}
