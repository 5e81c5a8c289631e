const { unitJestConfig } = require('../../../jest.preset');

module.exports = unitJestConfig('api-audit', __dirname);
