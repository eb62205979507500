/**
 * Entry point the VS Code test host loads (`extensionTestsPath`): runs every compiled
 * `*.test.js` next to this file in one Mocha run, exactly as @vscode/test-electron expects.
 * The offline harness (scripts/vscode/run-integration.mjs) loads the same file inside code-server.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // No colours: the offline harness prints the extension host's log lines verbatim.
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.SIP_LENS_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const name of readdirSync(__dirname)
    .filter((file) => file.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(join(__dirname, name));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
