export * from './embedded';
export * from './bootstrap';
export * from './urls';
export { QUEUE_ROLE, QUEUE_SCHEMA, NOTIFY_TASK } from './queue';
