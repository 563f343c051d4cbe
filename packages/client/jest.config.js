/** Plain unit tests: @swc/jest, no database. Relative imports carry `.js` (the ESM build runs in Node too). */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': [require.resolve('@swc/jest'), { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts'],
};
