/** Shared jest settings: @swc/jest with decorator metadata (type-graphql needs it), one embedded PostgreSQL per run. */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': [
      require.resolve('@swc/jest'),
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts'],
  globalSetup: require.resolve('./dist/global-setup.js'),
  globalTeardown: require.resolve('./dist/global-teardown.js'),
  testTimeout: 60_000,
};
