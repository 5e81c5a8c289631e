const { unitJestConfig } = require('../../../jest.preset');

module.exports = unitJestConfig('api-tenancy', __dirname);
