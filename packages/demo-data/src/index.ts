export * from './ids';
export * from './territory';
export * from './participation';
export * from './evaluation';
export * from './network-life';
export * from './library';

export * from './accounts';
