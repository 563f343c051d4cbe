export * from './generator';
export * from './fuzzer';
