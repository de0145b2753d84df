// Small helpers the load, fault and fuzz benches share: percentiles, process CPU and machine load.
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** The q-quantile (0…1) of unsorted samples, nearest rank. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * User + system CPU seconds a process and its running child processes (the workers of
 * AMTSWEG_WORKERS) have used so far (Linux /proc, 100 ticks a second).
 */
export function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // After "pid (comm) ", utime and stime are fields 12 and 13 (0-based).
    const own = (Number(fields[11]) + Number(fields[12])) / 100;
    return own + childPids(pid).reduce((sum, child) => sum + cpuSeconds(child), 0);
  } catch {
    return Number.NaN;
  }
}

/** The running child processes of `pid`. */
export function childPids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
        .split(' ')
        .filter(Boolean)
        .map(Number),
    );
  } catch {
    return [];
  }
}

/** The 1-minute load average, to print with every figure (others share this machine). */
export function machineLoad(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
}

export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
