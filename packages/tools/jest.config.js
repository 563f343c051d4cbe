// The tools' tests start the platform as `npm start` does (its own embedded PostgreSQL): the test kit's shared
// test database is not needed.
const { globalSetup, globalTeardown, ...preset } = require('@infitah/test-kit/jest-preset');

module.exports = preset;
