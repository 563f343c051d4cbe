/** Set by the launcher on every process it starts: such a process must not outlive it. */
export const SUPERVISED_VARIABLE = 'INFITAH_SUPERVISED';

/**
 * Calls `stop` once this process's parent is gone (the process re-parented to init), checked every second, even when
 * the parent was killed without a chance to stop its children.
 */
export function exitWithParent(stop: () => void | Promise<void>, intervalMs = 1_000): void {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop();
  }, intervalMs).unref();
}

/** Under `npm start` (the launcher sets INFITAH_SUPERVISED=1) a process stops itself when the launcher is gone. */
export function exitWithSupervisor(stop: () => void | Promise<void>, env: NodeJS.ProcessEnv = process.env): void {
  if (env[SUPERVISED_VARIABLE] !== '1') return;
  exitWithParent(stop);
}
