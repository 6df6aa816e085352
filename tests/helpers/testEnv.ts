// Integration tests never touch the development database and never seed it automatically.
Object.assign(process.env, { NODE_ENV: 'test' })
process.env.SEED_ON_EMPTY = 'false'
process.env.PAYLOAD_SECRET ??= 'integration-test-secret-0123456789'
