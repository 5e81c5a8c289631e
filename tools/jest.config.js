const { unitJestConfig } = require('../jest.preset');

module.exports = {
  ...unitJestConfig('tools', __dirname),
  testMatch: ['<rootDir>/**/*.spec.ts'],
  testTimeout: 60000,
};
