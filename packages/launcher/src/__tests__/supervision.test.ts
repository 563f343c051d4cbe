import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPlatformProcess, type PlatformProcess } from './support/platform-process';

/** Even a launcher killed without warning leaves no service process behind. */
let platform: PlatformProcess;

beforeAll(async () => {
  platform = await startPlatformProcess('supervision');
}, 120_000);

afterAll(async () => {
  // the embedded PostgreSQL does not watch its parent: stop it through its pid file
  const pidFile = join(platform.dataDir, 'postgres', 'postmaster.pid');
  if (existsSync(pidFile)) {
    try {
      process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGINT');
    } catch {
      // already gone
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await platform.dispose();
}, 60_000);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('supervision', () => {
  it('stops every service process within seconds when the launcher is killed with SIGKILL', async () => {
    const children = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(platform.launcher.pid)], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes('dist/index.js') || line.includes('dist/mail-catcher.js'))
      .map((line) => Number(line.trim().split(/\s+/)[0]));
    // the gateway, the four subgraphs and the mail catcher
    expect(children).toHaveLength(6);
    platform.launcher.kill('SIGKILL');
    const deadline = Date.now() + 15_000;
    while (children.some(alive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    expect(children.filter(alive)).toEqual([]);
  }, 30_000);
});
