/** Running `sip-lens` in the tests: in process (runCli), or the built CLI as a user runs it. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../server/src/cli/main';

const ROOT = join(__dirname, '..', '..', '..');
/** The bundled CLI (`npm run build` writes it before the tests run). */
export const BUILT_CLI = join(ROOT, 'server', 'dist', 'cli.js');
export const SAMPLE_LOG = join(ROOT, 'samples', 'asterisk-pjsip.log');

export interface CliRun {
  readonly status: number;
  readonly out: string;
  readonly err: string;
}

/** A child process's status is null when a signal ended it. */
export type SpawnedCliRun = Omit<CliRun, 'status'> & { readonly status: number | null };

/** One command line through runCli, its output captured; `env` supplies the locale variables. */
export function runCaptured(args: readonly string[], env: Record<string, string> = {}): CliRun {
  let out = '';
  let err = '';
  const status = runCli(args, { out: (t) => (out += t), err: (t) => (err += t) }, env);
  return { status, out, err };
}

/** The built CLI in a child process, with only PATH and `env` set, `input` on its standard input. */
export function spawnBuiltCli(
  args: readonly string[],
  { input, cwd, env = {} }: { input?: string | Buffer; cwd?: string; env?: Record<string, string> } = {},
): SpawnedCliRun {
  const result = spawnSync(process.execPath, [BUILT_CLI, ...args], {
    encoding: 'utf8',
    input,
    cwd,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    timeout: 20_000,
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}
