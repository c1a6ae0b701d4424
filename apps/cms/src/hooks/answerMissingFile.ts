import { access } from 'node:fs/promises'
import path from 'node:path'
import { NotFound, type UploadConfig } from 'payload'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

/**
 * Payload answers a request for a file that is not on disk with a 500 (by design, to keep its logs
 * quiet); for a client it is a 404. Runs before Payload's own file serving and steps aside when the
 * file exists. Traversal is refused by Payload before handlers run.
 */
export const answerMissingFile: UploadHandler = async (req, { params }): Promise<void> => {
  const staticDir = req.payload.collections[params.collection as 'media']?.config.upload.staticDir
  if (!staticDir) return
  const file = path.resolve(staticDir, params.filename)
  if (!file.startsWith(path.resolve(staticDir) + path.sep)) return
  const exists = await access(file).then(() => true, () => false)
  if (!exists) throw new NotFound(req.t)
}
