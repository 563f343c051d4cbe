export * from './headers';
export * from './errors';
export * from './subgraphs';
export * from './tenancy';
export * from './token';
export * from './supervision';
export * from './notifications';
