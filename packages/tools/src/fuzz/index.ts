export * from './generator';
export * from './fuzzer';
export * from './envelope';
