const { unitJestConfig } = require('../../../jest.preset');

module.exports = unitJestConfig('api-jobs', __dirname);
