/**
 * Jest runs the TypeScript sources directly (ts-jest, ESM mode); the CLI tests spawn the built dist/, which the global
 * setup rebuilds first when it was built from other sources.
 */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/global-setup.mjs',
};
