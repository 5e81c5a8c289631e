const { unitJestConfig } = require('../../../jest.preset');

module.exports = unitJestConfig('shared-domain', __dirname);
