/**
 * Jest with Payload's native ESM: @swc/jest compiles TypeScript to ES modules (run with
 * --experimental-vm-modules), and `.js` suffixes in imports map back to the TypeScript sources.
 */
const shared = {
  rootDir: '.',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
          // Keeps `with { type: 'json' }`, which Node's ESM loader asks of JSON imports.
          experimental: { keepImportAttributes: true },
        },
        module: { type: 'es6' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@/(.*)$': '<rootDir>/$1',
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // Tests run on the server, as server components do (the react-server condition's empty module).
    '^server-only$': '<rootDir>/node_modules/server-only/empty.js',
  },
  testEnvironment: 'node',
}

const config = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'int',
      testMatch: ['<rootDir>/tests/int/**/*.int.spec.ts'],
      setupFiles: ['<rootDir>/tests/helpers/testEnv.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/longTimeout.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.spec.ts'],
      setupFilesAfterEnv: [
        '<rootDir>/tests/helpers/longTimeout.ts',
        '<rootDir>/tests/helpers/failOnCspViolations.ts',
      ],
    },
  ],
}

export default config
