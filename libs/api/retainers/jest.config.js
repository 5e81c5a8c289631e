const { unitJestConfig } = require('../../../jest.preset');

module.exports = unitJestConfig('api-retainers', __dirname);
