const { unitJestConfig } = require('../../../jest.preset');

module.exports = unitJestConfig('api-sla', __dirname);
