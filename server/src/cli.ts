/**
 * `sip-lens`: the CLI twin of the extension, for CI pipelines and terminals. It runs the same
 * catalog, scanner and rules as the language server.
 */
import { runCli } from './cli/main';
import { processIO } from './cli/output';

process.exitCode = runCli(process.argv.slice(2), processIO(), process.env);
