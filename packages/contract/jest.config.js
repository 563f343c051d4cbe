/** Plain unit tests: @swc/jest, no database. */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': [require.resolve('@swc/jest'), { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts'],
};
