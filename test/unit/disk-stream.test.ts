/**
 * "Analyse on disk" streamed (server/src/pipeline/diskStream.ts): a log read from disk chunk by
 * chunk gets the whole text's diagnostics, placed on the right lines, published as they come (the
 * most severe so far, with the cap's notice) and in full at the end; a cancel stops it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { gzipTextAtLeast, ReadCancelled } from '../../server/src/logFiles/async';
import { streamDiagnostics, type StreamRun } from '../../server/src/pipeline/diskStream';
import { evaluateRules } from '../../server/src/rules';
import type { RuleOptions } from '../../server/src/rules/types';
import { failedCalls } from '../support/callLogs';

/** Four of the stream's pieces (1 MiB), with calls left open across each cut. */
const TEXT = failedCalls(3.2 * 1024 * 1024);
const CAPPED: RuleOptions = { overrides: {}, maxFindings: 40 };

function wholeDiagnostics(text: string, options: RuleOptions): Diagnostic[] {
  const document = TextDocument.create('file:///x.log', 'log', 1, text);
  return toDiagnostics(document, evaluateRules(analyze(text), options));
}

describe('streamed analysis of a log on disk', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'sip-lens-disk-stream-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  const run = (path: string, overrides: Partial<StreamRun> = {}) => {
    const published: { diagnostics: Diagnostic[]; final: boolean }[] = [];
    const fractions: number[] = [];
    const done = streamDiagnostics({
      uri: 'file:///x.log',
      path,
      // Calls judged once quiet for 256 KiB (8 MiB by default): some are judged before the end of this log.
      options: { ...CAPPED, horizonChars: 256 * 1024 },
      language: 'en',
      progressive: true,
      token: { isCancellationRequested: false },
      onProgress: (fraction) => fractions.push(fraction),
      publish: (diagnostics, final) => published.push({ diagnostics, final }),
      publishAfterMs: { first: 0, every: 0 },
      ...overrides,
    });
    return { done, published, fractions };
  };

  it('publishes the most severe so far as it reads, then the whole text’s diagnostics at their lines', async () => {
    const path = join(dir, 'big.log');
    writeFileSync(path, TEXT);
    const { done, published, fractions } = run(path);
    const position = await done;
    assert.equal(position.fileBytes, Buffer.byteLength(TEXT));
    const last = published.at(-1);
    assert.equal(last?.final, true);
    assert.deepEqual(last?.diagnostics, wholeDiagnostics(TEXT, CAPPED));
    const early = published.filter((p) => !p.final);
    assert.ok(early.length >= 2, `${early.length} publications before the end`);
    assert.ok(early.every((p) => p.diagnostics.length > 0 && p.diagnostics.length <= CAPPED.maxFindings + 1));
    assert.match(String(early[0]?.diagnostics[0]?.message), /^40 of [\d,]+ findings shown/u);
    assert.ok(fractions.length >= 1 && fractions.at(-1) === 1, JSON.stringify(fractions));
  });

  it('publishes nothing before a finding is made (no empty list that would say "no problems")', async () => {
    const path = join(dir, 'horizon.log');
    writeFileSync(path, TEXT);
    // The default horizon (8 MiB) is longer than this log: every call is judged at its end.
    const { done, published } = run(path, { options: CAPPED });
    await done;
    assert.deepEqual(
      published.map((p) => [p.final, p.diagnostics.length > 0]),
      [[true, true]],
    );
  });

  it('publishes only at the end when not progressive, and reads a .gz log as its text', async () => {
    const path = join(dir, 'big.log.gz');
    writeFileSync(path, gzipSync(TEXT));
    const { done, published } = run(path, { progressive: false });
    await done;
    assert.deepEqual(
      published.map((p) => p.final),
      [true],
    );
    assert.deepEqual(published[0]?.diagnostics, wholeDiagnostics(TEXT, CAPPED));
  });

  it('bounds a .gz log’s text from its trailer, never above the text', async () => {
    const one = join(dir, 'one.log.gz');
    writeFileSync(one, gzipSync(TEXT));
    assert.equal(await gzipTextAtLeast(one), Buffer.byteLength(TEXT));
    const two = join(dir, 'two.log.gz');
    writeFileSync(two, Buffer.concat([gzipSync(TEXT), gzipSync('INVITE sip:a@b SIP/2.0\n')]));
    assert.equal(await gzipTextAtLeast(two), 23, 'the last member only');
    assert.equal(await gzipTextAtLeast(join(dir, 'missing.log.gz')), 0);
  });

  it('stops when cancelled, publishing nothing more', async () => {
    const path = join(dir, 'cancelled.log');
    writeFileSync(path, TEXT);
    const token = { isCancellationRequested: false };
    const { done, published } = run(path, {
      token,
      publish: (diagnostics, final) => {
        published.push({ diagnostics, final });
        token.isCancellationRequested = true;
      },
    });
    await assert.rejects(done, ReadCancelled);
    assert.deepEqual(
      published.map((p) => p.final),
      [false],
    );
  });
});
