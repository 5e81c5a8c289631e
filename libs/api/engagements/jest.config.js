const { unitJestConfig } = require('../../../jest.preset');

module.exports = unitJestConfig('api-engagements', __dirname);
