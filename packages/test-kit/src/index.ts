export * from './database';
export * from './subgraph';
export * from './security-snapshot';
