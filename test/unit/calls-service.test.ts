/**
 * The server's calls of a document (server/src/pipeline/callsService.ts): rows from the document's
 * own analysis, kept per version and language, dropped when the document moves on, and summarised a
 * batch at a time so a big log leaves the event loop free for other requests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SipTextDocument } from '../../server/src/document/sipTextDocument';
import { AnalysisCache } from '../../server/src/pipeline/documentAnalysis';
import { CallsService } from '../../server/src/pipeline/callsService';
import { timedCall } from '../support/callLogs';
import { REPO_ROOT } from '../support/lspClient';

const OUTCOMES = readFileSync(join(REPO_ROOT, 'test/integration/workspace/call-outcomes.log'), 'utf8');
const document = (text: string, version = 1) => SipTextDocument.create('file:///x.log', 'log', version, text);

describe('CallsService', () => {
  it('lists the rows of the document’s analysis, labelled in the language asked for', async () => {
    const service = new CallsService(new AnalysisCache());
    const calls = await service.calls(document(OUTCOMES), 'en');
    assert.ok(calls);
    assert.equal(calls.version, 1);
    assert.deepEqual(
      calls.rows.map((row) => row.stateLabel),
      ['busy', 'cancelled', 'rejected', 'rejected', 'in progress'],
    );
    assert.equal(calls.summaries.length, 5);
    const chinese = await service.calls(document(OUTCOMES), 'zh-cn');
    assert.deepEqual(
      chinese?.rows.map((row) => row.stateLabel),
      ['忙', '已取消', '被拒绝', '被拒绝', '进行中'],
    );
  });

  it('keeps one version’s calls until the document moves on', async () => {
    const service = new CallsService(new AnalysisCache());
    const first = await service.calls(document(OUTCOMES), 'en');
    assert.equal(await service.calls(document(OUTCOMES), 'en'), first, 'the same version is not summarised again');
    service.changed('file:///x.log', 1);
    assert.equal(await service.calls(document(OUTCOMES), 'en'), first, 'a change to the same version keeps them');
    service.changed('file:///x.log', 2);
    const again = await service.calls(document(OUTCOMES), 'en');
    assert.notEqual(again, first, 'a newer version drops the older calls');
    assert.deepEqual(again?.rows, first?.rows);
  });

  it('answers undefined for a version replaced while it was summarised', async () => {
    const service = new CallsService(new AnalysisCache());
    const text = Array.from({ length: 4000 }, (_, i) => timedCall(['180 Ringing', '486 Busy Here'], `c-${i}`)).join(
      '\n',
    );
    const old = service.calls(document(text), 'en');
    service.changed('file:///x.log', 2);
    assert.equal(await old, undefined);
  });

  it('yields to the event loop between batches of a big log', async () => {
    const text = Array.from({ length: 2000 }, (_, i) => timedCall(['180 Ringing', '200 OK', 'BYE'], `c-${i}`)).join(
      '\n',
    );
    const big = document(text);
    const cache = new AnalysisCache();
    // Analysed first: the turns counted below are the summaries' own (batches of no time: a yield every 64 calls).
    await cache.prepare(big);
    const service = new CallsService(cache, 0);
    const turns = countTurns();
    const calls = await service.calls(big, 'en');
    const seen = turns.stop();
    assert.equal(calls?.rows.length, 2000);
    assert.ok(seen >= Math.floor(2000 / 64), `the loop turned ${seen} times while 2000 calls were summarised`);
  });
});

/** Counts event-loop turns (setImmediate callbacks) until stopped. */
function countTurns(): { stop(): number } {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  return {
    stop: () => {
      running = false;
      return turns;
    },
  };
}
