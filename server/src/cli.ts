/**
 * `sip-lens`: the CLI twin of the extension, for CI pipelines and terminals. It runs the same
 * catalog, scanner and rules as the language server.
 */
import { runCli } from './cli/main';

process.exitCode = runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
