export * from './platform';
export * from './start-platform';
