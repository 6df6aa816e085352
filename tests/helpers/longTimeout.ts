import { jest } from '@jest/globals'

// Integration and end-to-end tests start Payload, a server or a browser; Jest's 5 s is too short.
jest.setTimeout(Number(process.env.TEST_TIMEOUT_MS ?? 120_000))
