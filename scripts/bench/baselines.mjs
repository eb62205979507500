// What the server's analysis is compared with: ripgrep counting status lines (a native tool at
// its best) and the naive JavaScript a user might write (split into lines, one regex per line).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { median, now } from './timing.mjs';

const RG = '/usr/bin/rg';
const RG_PATTERN = 'SIP/2.0 [1-6][0-9][0-9]';

export function ripgrepVersion() {
  if (!existsSync(RG)) return undefined;
  const result = spawnSync(RG, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.split('\n')[0] : undefined;
}

/**
 * Median wall time of `rg -c` over `file` (process start included, as a user would run it),
 * with the count it printed; undefined when ripgrep is not installed.
 */
export function timeRipgrep(file, runs, timeoutMs) {
  if (!existsSync(RG)) return undefined;
  const durations = [];
  let count;
  for (let i = 0; i < runs; i++) {
    const started = now();
    const result = spawnSync(RG, ['-c', RG_PATTERN, file], { encoding: 'utf8', timeout: timeoutMs });
    durations.push(now() - started);
    if (result.error || (result.status !== 0 && result.status !== 1))
      return { ms: undefined, count: undefined, error: String(result.error ?? result.stderr) };
    count = Number(result.stdout.trim() || 0);
  }
  return { ms: median(durations), count };
}

/** Median in-process time to read `file`, split it into lines and test one regex per line. */
export function timeNaiveJs(file, runs) {
  const pattern = /SIP\/2\.0 [1-6]\d\d/;
  const durations = [];
  let count = 0;
  for (let i = 0; i < runs; i++) {
    const started = now();
    const lines = readFileSync(file, 'utf8').split('\n');
    count = 0;
    for (const line of lines) if (pattern.test(line)) count++;
    durations.push(now() - started);
  }
  return { ms: median(durations), count };
}
