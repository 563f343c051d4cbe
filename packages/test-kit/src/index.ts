export * from './database';
export * from './subgraph';
