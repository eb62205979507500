/**
 * `sip-lens`: the CLI twin of the extension, for CI pipelines and terminals. It runs the same
 * catalog, scanner and rules as the language server. This entry only launches: the commands are
 * their own bundle (cliCommands.ts), run in a worker thread for `check` (cli/worker.ts says why).
 */
import { launch } from './cli/worker';

launch(process.argv.slice(2), process.env);
