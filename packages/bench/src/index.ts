export * from './national';
export * from './prng';
export * from './plan';
export { loadNational } from './load';
