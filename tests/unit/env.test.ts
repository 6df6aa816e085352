import { DEV_PAYLOAD_SECRET, EnvError, nextDistDir, parseEnv } from '@/lib/env'
import { s3SettingsOf } from '@/lib/storage/mediaStorage'

describe('parseEnv', () => {
  test('a fresh machine needs no variables: SQLite file, dev secret, Shanghai time', () => {
    const env = parseEnv({})
    expect(env.DATABASE_URI).toBe('file:./data/newsroom.db')
    expect(env.databaseKind).toBe('sqlite')
    expect(env.PAYLOAD_SECRET).toBe(DEV_PAYLOAD_SECRET)
    expect(env.usingDevSecret).toBe(true)
    expect(env.TZ_DISPLAY).toBe('Asia/Shanghai')
    expect(env.SITE_URL).toBe('http://localhost:3000')
    expect(env.SEED_ON_EMPTY).toBe(true)
    expect(env.SEED_DEMO_ACCOUNTS).toBe(true)
  })

  test.each([
    'mongodb://db:27017/newsroom?replicaSet=rs0',
    'mongodb+srv://user:pw@cluster.example.net/news',
  ])('%s selects MongoDB', (uri) => {
    expect(parseEnv({ DATABASE_URI: uri }).databaseKind).toBe('mongodb')
  })

  test('production requires PAYLOAD_SECRET and says how to make one', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(EnvError)
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(
      /PAYLOAD_SECRET: required in production/,
    )
  })

  test('next build may run without the runtime secret', () => {
    const env = parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })
    expect(env.NODE_ENV).toBe('production')
  })

  test('production defaults to no demo accounts', () => {
    const env = parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(32) })
    expect(env.SEED_DEMO_ACCOUNTS).toBe(false)
    expect(env.usingDevSecret).toBe(false)
  })

  test.each([
    [
      { DATABASE_URI: 'postgres://localhost/db' },
      /^Invalid environment variable DATABASE_URI: use mongodb:\/\//,
    ],
    [
      { PAYLOAD_SECRET: 'short' },
      /^Invalid environment variable PAYLOAD_SECRET: must be at least 16/,
    ],
    [
      { SITE_URL: 'not a url' },
      /^Invalid environment variable SITE_URL: must be an absolute http\(s\) URL/,
    ],
    [{ SITE_URL: 'ftp://example.com' }, /^Invalid environment variable SITE_URL/],
    [
      { TZ_DISPLAY: 'Mars/Olympus' },
      /^Invalid environment variable TZ_DISPLAY: must be an IANA time zone/,
    ],
    [
      { SEED_ON_EMPTY: 'yes' },
      /^Invalid environment variable SEED_ON_EMPTY: must be true or false/,
    ],
    [{ NODE_ENV: 'staging' }, /^Invalid environment variable NODE_ENV/],
  ])('%o is refused with one line naming the variable', (source, message) => {
    expect(() => parseEnv(source)).toThrow(message)
    try {
      parseEnv(source)
    } catch (error) {
      expect((error as Error).message).not.toContain('\n')
    }
  })

  test('a trailing slash on SITE_URL is dropped so URLs join cleanly', () => {
    expect(parseEnv({ SITE_URL: 'https://news.example/' }).SITE_URL).toBe('https://news.example')
  })

  test('empty variables count as unset', () => {
    expect(parseEnv({ DATABASE_URI: '', PAYLOAD_SECRET: '' }).databaseKind).toBe('sqlite')
  })
})

describe('mail and the audit log', () => {
  test('no SMTP server by default; a named sender; a year of audit events', () => {
    expect(parseEnv({}).SMTP_URL).toBeUndefined()
    expect(parseEnv({})).toMatchObject({
      MAIL_FROM: 'Newsroom <no-reply@localhost>',
      AUDIT_RETENTION_DAYS: 365,
    })
    expect(parseEnv({ SMTP_URL: 'smtps://user:pw@mail.example:465' }).SMTP_URL).toBe(
      'smtps://user:pw@mail.example:465',
    )
    expect(parseEnv({ MAIL_FROM: 'news@example.com' }).MAIL_FROM).toBe('news@example.com')
  })

  test.each([
    ['SMTP_URL', 'http://mail.example', /SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/],
    ['MAIL_FROM', 'Newsroom', /MAIL_FROM: must be an address/],
    ['AUDIT_RETENTION_DAYS', '30', /AUDIT_RETENTION_DAYS: must be a whole number of days from 90/],
  ])('%s=%s is refused with the fix', (name, value, message) => {
    expect(() => parseEnv({ [name]: value })).toThrow(message)
  })
})

describe('several app instances', () => {
  test('one instance, sharing nothing, unless REDIS_URL is set', () => {
    expect(parseEnv({}).REDIS_URL).toBeUndefined()
    expect(parseEnv({ REDIS_URL: 'redis://redis:6379' }).REDIS_URL).toBe('redis://redis:6379')
    expect(parseEnv({ REDIS_URL: 'rediss://:secret@cache.example:6380/2' }).REDIS_URL).toBe(
      'rediss://:secret@cache.example:6380/2',
    )
  })

  test.each(['http://redis:6379', 'redis'])('REDIS_URL=%s is refused with the fix', (value) => {
    expect(() => parseEnv({ REDIS_URL: value })).toThrow(
      /REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/,
    )
  })
})

describe('where the app keeps its files', () => {
  test('uploads in ./media and the build in .next unless MEDIA_DIR / NEXT_DIST_DIR say otherwise', () => {
    expect(parseEnv({})).toMatchObject({ MEDIA_DIR: './media', NEXT_DIST_DIR: '.next' })
    expect(parseEnv({ MEDIA_DIR: '/srv/media', NEXT_DIST_DIR: '.next-bench' })).toMatchObject({
      MEDIA_DIR: '/srv/media',
      NEXT_DIST_DIR: '.next-bench',
    })
  })

  test('scripts read the build directory alone, whatever else the environment holds', () => {
    expect(nextDistDir({})).toBe('.next')
    expect(nextDistDir({ NEXT_DIST_DIR: '', DATABASE_URI: 'postgres://x' })).toBe('.next')
    expect(nextDistDir({ NEXT_DIST_DIR: '.next-bench' })).toBe('.next-bench')
    expect(() => nextDistDir({ NEXT_DIST_DIR: '   ' })).toThrow(
      /^Invalid environment variable NEXT_DIST_DIR/,
    )
  })
})

describe('media on S3-compatible storage', () => {
  const minio = {
    S3_BUCKET: 'newsroom-media',
    S3_ENDPOINT: 'http://minio:9000',
    S3_ACCESS_KEY_ID: 'newsroom',
    S3_SECRET_ACCESS_KEY: 'a-long-secret',
    S3_FORCE_PATH_STYLE: 'true',
  }

  test('uploads stay on the local disk unless S3_BUCKET is set', () => {
    expect(s3SettingsOf(parseEnv({}))).toBeNull()
  })

  test('S3_* become the S3 client settings', () => {
    expect(s3SettingsOf(parseEnv(minio))).toEqual({
      bucket: 'newsroom-media',
      config: {
        endpoint: 'http://minio:9000',
        region: 'us-east-1',
        forcePathStyle: true,
        credentials: { accessKeyId: 'newsroom', secretAccessKey: 'a-long-secret' },
      },
    })
  })

  test('on AWS itself, the bucket alone is enough: credentials come from the SDK', () => {
    expect(s3SettingsOf(parseEnv({ S3_BUCKET: 'news-media', S3_REGION: 'ap-east-1' }))).toEqual({
      bucket: 'news-media',
      config: { region: 'ap-east-1', forcePathStyle: false },
    })
  })

  test.each([
    [{ S3_BUCKET: 'Media_Files' }, /S3_BUCKET: must be an S3 bucket name/],
    [{ ...minio, S3_ENDPOINT: 'minio:9000' }, /S3_ENDPOINT: must be the absolute http\(s\) URL/],
    [{ ...minio, S3_SECRET_ACCESS_KEY: '' }, /S3_SECRET_ACCESS_KEY: .*set together/],
    [{ ...minio, S3_ACCESS_KEY_ID: '' }, /S3_ACCESS_KEY_ID: .*set together/],
    [{ ...minio, S3_BUCKET: '' }, /S3_BUCKET: required when/],
    [{ ...minio, S3_FORCE_PATH_STYLE: 'yes' }, /S3_FORCE_PATH_STYLE: must be true or false/],
  ])('%o is refused with the fix', (variables, message) => {
    expect(() => parseEnv(variables)).toThrow(message)
  })
})
