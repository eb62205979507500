// `npm run test:electron`: the same in-host suite, run by @vscode/test-cli in a desktop VS Code
// that @vscode/test-electron downloads (needs internet; offline machines use `npm run test:integration`).
// Build first (`npm run build`) so test/out/integration exists.
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'integration',
  files: 'test/out/integration/**/*.test.js',
  workspaceFolder: 'test/integration/workspace',
  // Only SIP Lens (the development extension) and VS Code's built-ins, such as the `log` language.
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  mocha: { ui: 'tdd', timeout: 60_000, color: true },
});
