import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

export type TS3Server = {
  /** The S3_* variables that point the app at this server's bucket. */
  env: Record<string, string>
  /** Every object key in the bucket, sorted. */
  keys: () => Promise<string[]>
  stop: () => Promise<void>
}

const BUCKET = 'newsroom-media-test'
// s3rver checks request signatures against these fixed credentials.
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

/**
 * A local S3-compatible server (s3rver, in this process, on a loopback port) with one empty
 * bucket: a test double for the S3 API, not a production store. Objects live in a temporary
 * directory removed on stop.
 */
export async function startS3Server(): Promise<TS3Server> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: CREDENTIALS,
  })
  return {
    env: {
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    keys: async () => {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }))
      return (listed.Contents ?? []).map((object) => object.Key ?? '').sort()
    },
    stop: async () => {
      client.destroy()
      await server.close()
      await rm(directory, { recursive: true, force: true })
    },
  }
}
