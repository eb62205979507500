// The packaged extension the harness installs: sip-lens-<version>.vsix at the repository root, as
// `npm run package` writes it. SIP_LENS_VSIX points elsewhere (for example a CI artifact).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.mjs';

export function packagedVsix() {
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const vsix = process.env.SIP_LENS_VSIX ?? join(repoRoot, `sip-lens-${version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`${vsix} not found; run \`npm run package\` first`);
  return vsix;
}
