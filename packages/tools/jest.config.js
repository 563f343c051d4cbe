// The tools' tests share one platform started as `npm start` does (its own embedded PostgreSQL), in place of the test
// kit's shared test database; their files run one after the other, so that the fuzzer's writes never land in the
// middle of another file's comparison.
const { globalSetup, globalTeardown, ...preset } = require('@infitah/test-kit/jest-preset');

module.exports = {
  ...preset,
  globalSetup: '<rootDir>/src/__tests__/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/__tests__/support/global-teardown.ts',
  maxWorkers: 1,
};
