import { SUBGRAPH_NAMES } from '@infitah/contract';
import { cpuMilliseconds, descendants, type ProcessInfo } from '@infitah/tools';

/** Which of the platform's processes this is: the bench client, the gateway, a subgraph, PostgreSQL, or none. */
export function platformGroupOf({ pid, command }: Pick<ProcessInfo, 'pid' | 'command'>): string | null {
  if (pid === process.pid) return 'client';
  if (/gateway[/\\]dist[/\\]index\.js/.test(command)) return 'gateway';
  for (const service of SUBGRAPH_NAMES) if (command.includes(`services/${service}/dist/index.js`)) return service;
  if (/(^|\/)postgres(:|\s|$)/.test(command)) return 'postgres';
  return null;
}

/**
 * CPU time so far (user + system, ms) of this process and its descendants, summed by `groupOf`; processes it gives
 * no group are left out. PostgreSQL's postmaster also carries the time of its backends and parallel workers that
 * have exited.
 */
export function cpuTotalsByGroup(groupOf: (info: ProcessInfo) => string | null): Map<string, number> {
  const totals = new Map<string, number>();
  const all: ProcessInfo[] = [{ pid: process.pid, ppid: 0, command: 'client' }, ...descendants(process.pid)];
  for (const info of all) {
    const group = groupOf(info);
    if (!group) continue;
    const postmaster = group === 'postgres' && !all.some((parent) => parent.pid === info.ppid && groupOf(parent) === 'postgres');
    const used = cpuMilliseconds(info.pid, { children: postmaster });
    if (used !== null) totals.set(group, (totals.get(group) ?? 0) + used);
  }
  return totals;
}
