const { unitJestConfig } = require('../../jest.preset');

module.exports = unitJestConfig('worker', __dirname);
