#!/usr/bin/env node
// Entry point for the real-VS-Code harness. `install` fills the `.vscode-test/` cache (CI can run it
// as its own step); `integration` runs the in-host Mocha suite; `start` serves the extension.
import { ensureCodeServer } from './install.mjs';
import { say } from './exec.mjs';

const commands = {
  install: async () => {
    await ensureCodeServer();
    return 0;
  },
  integration: async () => (await import('./run-integration.mjs')).runIntegrationPasses(),
  start: async () => (await import('./start.mjs')).start(process.argv.slice(3)),
};

const name = process.argv[2] ?? 'install';
const command = commands[name];
if (!command) {
  say('harness', `unknown command "${name}"; use one of: ${Object.keys(commands).join(', ')}`);
  process.exit(2);
}
try {
  process.exitCode = await command();
} catch (error) {
  say('harness', error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
}
