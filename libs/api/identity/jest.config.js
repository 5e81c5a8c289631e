const { unitJestConfig } = require('../../../jest.preset');

module.exports = unitJestConfig('api-identity', __dirname);
