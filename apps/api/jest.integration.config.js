const { swcTransform, moduleNameMapper } = require('../../jest.preset');

/** Integration tests: the real api (and worker) against real PostgreSQL and Redis, one database per run. */
module.exports = {
  displayName: 'api-integration',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
  transform: swcTransform,
  moduleNameMapper: moduleNameMapper(),
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 1,
};
