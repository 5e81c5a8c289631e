const { unitJestConfig } = require('../../jest.preset');

module.exports = unitJestConfig('api', __dirname);
