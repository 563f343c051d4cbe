import 'reflect-metadata';

export * from './config';
export * from './errors';
export * from './caller';
export * from './database';
export * from './context';
export * from './federation';
export * from './pagination';
export * from './search';
export * from './server';
export * from './cli';
export * from './subgraph';
export * from './tenant';
export * from './auth';
export * from './audit';
export * from './policies';
export * from './rights';
