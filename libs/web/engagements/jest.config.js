const { unitJestConfig } = require('../../../jest.preset');

/** The pure helpers of the engagement pages (countdowns and their words); no Angular here. */
module.exports = unitJestConfig('web-engagements', __dirname);
