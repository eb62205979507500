/**
 * The CLI's commands, as one bundle (server/dist/cliCommands.js) that the `sip-lens` launcher
 * (cli.ts) loads where each command runs: in the worker thread that runs `check`, where it starts
 * the command line it was handed, or on the main thread for the other commands (cli/worker.ts).
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { languageFromEnvironment } from '../../catalog/src/language';
import { internalError, runCli } from './cli/main';
import { processIO } from './cli/output';
import { takeLanguage, type Environment } from './cli/languageOption';
import type { WorkerInput } from './cli/worker';

export { runCli, processIO };

/** The worker died outside `runCli` (its heap exhausted): said as any internal error, exit 3. */
export function workerFailed(args: readonly string[], env: Environment, error: unknown): number {
  let language = languageFromEnvironment(env);
  try {
    language = takeLanguage(args, env).language;
  } catch {
    // A bad `--lang` was the worker's usage error to report: the environment's language stands.
  }
  return internalError(processIO(), error, language);
}

// In the worker: the command line the launcher handed over, its status as the worker's exit code.
if (!isMainThread) process.exitCode = runCli((workerData as WorkerInput).args, processIO(), process.env);
