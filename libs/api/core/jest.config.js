const { unitJestConfig } = require('../../../jest.preset');

module.exports = unitJestConfig('api-core', __dirname);
