export * from './embedded';
export * from './bootstrap';
export * from './urls';
