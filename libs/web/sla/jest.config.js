const { unitJestConfig } = require('../../../jest.preset');

/** The pure helpers of the SLA pages (parsing, grouping, formatting); no Angular in these tests. */
module.exports = unitJestConfig('web-sla', __dirname);
