export * from './database';
export * from './subgraph';
export * from './security-snapshot';
export * from './callers';
export * from './sync';
