const { unitJestConfig } = require('../../../jest.preset');

module.exports = unitJestConfig('api-queue', __dirname);
