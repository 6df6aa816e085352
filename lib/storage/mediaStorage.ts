import { s3Storage, type S3StorageOptions } from '@payloadcms/storage-s3'
import type { CollectionBeforeOperationHook, Config, Field, Plugin } from 'payload'

import { newsroomFieldOnly, nobodyField } from '@/collections/access'

import type { TEnv } from '@/lib/env'

type TS3Settings = { bucket: string; config: S3StorageOptions['config'] }

/** The S3 client settings S3_* describe, or null when uploads stay on the local disk. */
export function s3SettingsOf(env: TEnv): TS3Settings | null {
  if (!env.S3_BUCKET) return null
  const credentials =
    env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
      ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
      : undefined
  return {
    bucket: env.S3_BUCKET,
    config: {
      region: env.S3_REGION,
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
      ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
      ...(credentials ? { credentials } : {}),
    },
  }
}

/**
 * Uploads (every image size) go to the S3 bucket when S3_BUCKET is set, so that every app
 * instance serves the same files; otherwise they stay in MEDIA_DIR as before.
 *
 * Files are still served through Payload's `/api/media/file/…` route, which reads them from the
 * bucket: the collection's read rule keeps a draft's images private until the article is
 * published, which public bucket URLs could not. The bucket therefore stays private (no ACL).
 * The plugin's `prefix` field exists in both modes so that the schema (and the migrations) do
 * not depend on the setting.
 */
export function mediaStoragePlugin(env: TEnv): Plugin {
  const settings = s3SettingsOf(env)
  const s3 = s3Storage({
    enabled: settings !== null,
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? '',
    config: settings?.config ?? {},
    collections: { media: true },
  })
  return async (config) => lockStorageFields(await s3(config))
}

/** The fields the storage plugin adds to media, which say where a file's objects are. */
const STORAGE_FIELDS = new Set(['prefix', '_objectKey'])

/**
 * Where a file's objects lie is the server's business: no request may set it (an upload could
 * otherwise be written over another's objects or read back from them) and readers do not see it.
 * The plugin adds its fields without access rules, so they get ours here. The values are also
 * dropped before the operation starts, because Payload names the file (looking up the requested
 * prefix) before field access applies.
 */
function lockStorageFields(config: Config): Config {
  const lock = (field: Field): Field =>
    'name' in field && STORAGE_FIELDS.has(field.name)
      ? ({
          ...field,
          access: { read: newsroomFieldOnly, create: nobodyField, update: nobodyField },
        } as Field)
      : field
  const dropRequestedLocation: CollectionBeforeOperationHook = ({ args, operation }) => {
    if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
    const data = (args as { data?: Record<string, unknown> }).data
    if (data) for (const name of STORAGE_FIELDS) delete data[name]
    return args
  }
  return {
    ...config,
    collections: config.collections?.map((collection) =>
      collection.slug === 'media'
        ? {
            ...collection,
            fields: collection.fields.map(lock),
            hooks: {
              ...collection.hooks,
              beforeOperation: [
                dropRequestedLocation,
                ...(collection.hooks?.beforeOperation ?? []),
              ],
            },
          }
        : collection,
    ),
  }
}
