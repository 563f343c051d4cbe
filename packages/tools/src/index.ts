export * from './machine';
export * from './harness/launched-platform';
