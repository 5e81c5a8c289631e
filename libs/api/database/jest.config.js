const { unitJestConfig } = require('../../../jest.preset');

module.exports = unitJestConfig('api-database', __dirname);
