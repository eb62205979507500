/** Logs and a scratch folder for the CLI suites: big inputs live in the OS temp folder, never in the repo. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One INVITE answered with `code phrase`, as its own call. */
export function answeredCall(id: string, code: number, phrase: string): string {
  const head = `Call-ID: ${id}@example.com\nCSeq: 1 INVITE\n\n`;
  return `INVITE sip:bob@example.com SIP/2.0\n${head}SIP/2.0 ${code} ${phrase}\n${head}`;
}

/**
 * Issue 15's log: 1,005 calls answered 486 Busy Here (warnings), then one answered 503 Service
 * Unavailable (an error) that sits past a cap of 1,000.
 */
export function busyThenUnavailable(): string {
  let text = '';
  for (let i = 0; i < 1005; i++) text += answeredCall(`busy-${i}`, 486, 'Busy Here');
  return text + answeredCall('last', 503, 'Service Unavailable');
}

/** `count` FreeSWITCH-style mentions: each an occurrence in the JSON report, none a finding. */
export function mentions(count: number): string {
  return 'T_code=486\n'.repeat(count);
}

export class Scratch {
  readonly dir = mkdtempSync(join(tmpdir(), 'sip-lens-cli-'));

  write(name: string, text: string): string {
    const path = join(this.dir, name);
    writeFileSync(path, text);
    return path;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
