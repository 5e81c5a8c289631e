const { unitJestConfig } = require('../../../jest.preset');

module.exports = unitJestConfig('api-server', __dirname);
