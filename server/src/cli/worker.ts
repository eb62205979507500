/**
 * Where the `sip-lens` process runs a command line: `check` in a worker thread whose heap is
 * capped, every other command on the main thread. This is the launcher's part, kept free of the
 * CLI itself (cli.ts is its own small bundle): the main thread of a check then holds Node alone,
 * while the commands (cliCommands.ts, server/dist/cliCommands.js) load in the worker.
 *
 * Why a worker: the streamed check analyses a window of about 1 M characters at a time and drops
 * it, megabytes of short-lived objects each time, and keeps each open call's messages for minutes
 * of log. On the main thread V8 sized its young generation for that to two 16 MB semi-spaces and let
 * the old generation grow to four times what was live before collecting it: 220-240 MB of peak RSS
 * on 200 MB and 2 GB logs, against 21 MB live. A program started as `sip-lens` cannot pass V8 flags
 * to its own V8, but a worker's `resourceLimits` (a supported Node API) size its heap: a smaller
 * young generation, and an old generation whose cap makes V8 grow it by a smaller factor
 * (docs/PERFORMANCE.md has the figures). The cap (1 GB) is far above what a check holds with the
 * default horizon (about 21 MB live); should one need more, the worker ends and `sip-lens` says so as
 * an internal error, exit 3.
 *
 * The worker runs the same `runCli` with the same process IO: it reads the files and standard
 * input itself and writes to descriptors 1 and 2 with blocking writes (output.ts), so the output's
 * order, a closed pipe and the exit status are what they are on the main thread, which only waits.
 */
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type * as Commands from '../cliCommands';

/** Commands that stream a log, whose memory the worker bounds. */
const WORKER_COMMANDS: ReadonlySet<string> = new Set(['check']);

/**
 * The worker's young generation, in MB (V8 splits it into two semi-spaces and a space for large new
 * objects), and its old generation's cap: see the file's comment and docs/PERFORMANCE.md.
 */
const YOUNG_GENERATION_MB = 24;
const OLD_GENERATION_MB = 1024;

/**
 * The old generation's cap is sized for the default horizon, whose calls fit in a few tens of MB. A
 * horizon asked for (`all`, or more MiB) holds more calls by design: it keeps V8's own limit, as before.
 */
export function workerHeap(args: readonly string[]): ResourceLimits {
  const young = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
  return args.includes('--horizon') ? young : { ...young, maxOldGenerationSizeMb: OLD_GENERATION_MB };
}

/** The commands' bundle, beside this one (esbuild.mjs builds both into server/dist). */
const COMMANDS_BUNDLE = join(__dirname, 'cliCommands.js');

/** What the main thread hands the worker. */
export interface WorkerInput {
  readonly args: readonly string[];
}

type Environment = Readonly<Record<string, string | undefined>>;

/** The commands, loaded on the main thread only for what runs there. */
function commands(): typeof Commands {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second bundle, found at run time
  return require(COMMANDS_BUNDLE) as typeof Commands;
}

/** The process's command line, run where it belongs; sets the process's exit status when it is done. */
export function launch(args: readonly string[], env: Environment): void {
  if (WORKER_COMMANDS.has(commandOf(args)) && startWorker(args, env)) return;
  const { runCli, processIO } = commands();
  process.exitCode = runCli(args, processIO(), env);
}

/**
 * The command word, past any `--lang <value>` (languageOption.ts reads them properly in the
 * commands' bundle; here a wrong guess would only change the thread a command runs on).
 */
function commandOf(args: readonly string[]): string {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--lang') i++;
    else return args[i] as string;
  }
  return '';
}

/** False when no worker can be made here: the command then runs on the main thread, as it always could. */
function startWorker(args: readonly string[], env: Environment): boolean {
  let worker: Worker;
  try {
    worker = new Worker(COMMANDS_BUNDLE, {
      workerData: { args } satisfies WorkerInput,
      env: { ...env },
      resourceLimits: workerHeap(args),
    });
  } catch {
    return false;
  }
  let failed = false;
  // An error the command did not catch (runCli catches its own), or the worker's heap exhausted.
  worker.on('error', (error) => {
    failed = true;
    process.exitCode = commands().workerFailed(args, env, error);
  });
  worker.on('exit', (code) => {
    if (!failed) process.exitCode = code;
  });
  return true;
}
