/**
 * Given to the platform's Node processes with `--require` by `cpu-per-request.ts` when `CPU_PROF_DIR` is set
 * (`--cpu-prof` is refused in NODE_OPTIONS): profiles the process from the moment `$CPU_PROF_DIR/START` exists (the
 * measured requests, after the warm-up) and writes `<script>-<pid>.cpuprofile` there when it exits. Open the files in
 * Chrome's DevTools (Performance) or any `.cpuprofile` reader.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const directory = process.env.CPU_PROF_DIR;
if (directory) {
  const session = new Session();
  session.connect();
  let started = false;
  const poll = setInterval(() => {
    if (started || !existsSync(join(directory, 'START'))) return;
    started = true;
    clearInterval(poll);
    session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 200 }, () => session.post('Profiler.start')));
  }, 200);
  poll.unref();
  process.on('exit', () => {
    if (!started) return;
    // an in-thread session answers synchronously: the profile is written before the process ends
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      const name = (process.argv[1] ?? 'node').replace(/.*\/(services|gateway)\/([^/]+\/)?/, '$1-$2').replace(/[^a-z0-9-]+/gi, '_');
      writeFileSync(join(directory, `${name}-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
