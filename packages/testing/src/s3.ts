// An S3-compatible server (s3rver) on a free loopback port, storing its objects in a temporary folder.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import S3rver from 's3rver'
import { freePort } from './ports'
import { ServiceStartError } from './process'

export type TestS3 = {
  /** What `@payloadcms/storage-s3` and the AWS SDK take as their settings. */
  endpoint: string
  bucket: string
  region: string
  accessKeyId: string
  secretAccessKey: string
  stop: () => Promise<void>
}

/** s3rver accepts exactly these credentials. */
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

export async function startS3({ bucket = 'stadtmacher-media' }: { bucket?: string } = {}): Promise<TestS3> {
  const directory = mkdtempSync(join(tmpdir(), 'stadtmacher-s3-'))
  const port = await freePort()
  const server = new S3rver({ port, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] })
  try {
    await server.run()
  } catch (error) {
    rmSync(directory, { recursive: true, force: true })
    throw new ServiceStartError('s3rver', (error as Error).message)
  }
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    region: 'us-east-1',
    ...credentials,
    stop: async () => {
      await server.close()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
