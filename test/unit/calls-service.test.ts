/**
 * The server's calls of a document (server/src/pipeline/callsService.ts): rows from the document's
 * own analysis, kept per version and language, dropped when the document moves on, and summarised a
 * batch at a time so a big log leaves the event loop free for other requests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../catalog/src/language';
import { trackingDocuments } from '../../server/src/document/documentSync';
import { SipTextDocument } from '../../server/src/document/sipTextDocument';
import { AnalysisCache } from '../../server/src/pipeline/documentAnalysis';
import { CallsService, rowsSince } from '../../server/src/pipeline/callsService';
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
    assert.equal((await calls.summaries())?.length, 5);
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

/** A document edited through the server's own synchronisation, its edits told to `cache` as the server does. */
function edited(
  cache: AnalysisCache,
  from: SipTextDocument,
  start: number,
  end: number,
  text: string,
): SipTextDocument {
  const sync = trackingDocuments((uri, fromVersion, toVersion, edit) =>
    cache.noteEdit(uri, fromVersion, toVersion, edit),
  );
  const range = { start: from.positionAt(start), end: from.positionAt(end) };
  return sync.update(from, [{ range, text }], from.version + 1);
}

/** The rows a service with no history computes for the document's text. */
async function freshRows(text: string, language: Language = 'en') {
  return (await new CallsService(new AnalysisCache()).calls(document(text), language))?.rows;
}

describe('CallsService after an edit', () => {
  const ANSWER = OUTCOMES.slice(OUTCOMES.indexOf('[2026-11-20 09:41:19.652]'));
  const TAIL = ANSWER.replace('100 Trying', '200 OK').replace('09:41:19.652', '09:41:25.000');

  /** The log's calls listed in English, then the call in progress answered by an appended tail. */
  async function listedThenAppended() {
    const cache = new AnalysisCache();
    const service = new CallsService(cache);
    const v1 = document(OUTCOMES);
    await service.calls(v1, 'en');
    const v2 = edited(cache, v1, OUTCOMES.length, OUTCOMES.length, `\n${TAIL}`);
    service.changed(v2.uri, v2.version);
    return { cache, service, v2 };
  }

  it('carries over the rows of decided calls an append did not touch, and re-reads the rest', async () => {
    const { service, v2 } = await listedThenAppended();
    const calls = await service.calls(v2, 'en');
    assert.equal(calls?.version, 2);
    assert.equal(calls?.reused, 4, 'the four decided calls; the one in progress is read again');
    assert.equal(calls?.rows[4]?.state, 'answered');
    assert.deepEqual(calls?.rows, await freshRows(v2.getText()));
  });

  it('reads again every call from the edit on, a timestamp changed in place included', async () => {
    const cache = new AnalysisCache();
    const service = new CallsService(cache);
    const v1 = document(OUTCOMES);
    await service.calls(v1, 'en');
    // The banner above the third call's INVITE: same length, so no message after it moves.
    const at = OUTCOMES.indexOf('[2026-11-20 09:30:12.700] VERBOSE[3120] res_pjsip_logger.c');
    const v2 = edited(cache, v1, at + 1, at + 11, '2026-11-21');
    service.changed(v2.uri, v2.version);
    const calls = await service.calls(v2, 'en');
    assert.equal(calls?.rows[2]?.start, '2026-11-21 09:30:12.700');
    assert.deepEqual(calls?.rows, await freshRows(v2.getText()));
    assert.ok((calls?.reused ?? 0) <= 2, `reused ${calls?.reused}`);
  });

  it('re-reads a call in progress when the log’s end moves, and keeps a stuck one while it moves later', async () => {
    // The busy call again at other times: 09:42 is within Timer C of the call in progress (it rang), 09:51 is past it.
    const busy = OUTCOMES.slice(0, OUTCOMES.indexOf('[2026-11-20 09:24'));
    const later = (minute: string, id: string) =>
      `\n${busy.replace(/09:21:0/gu, `09:${minute}:0`).replace(/e74b7a78-2289-4ccb-af92-22772db43331/gu, id)}`;
    const cache = new AnalysisCache();
    const service = new CallsService(cache);
    const v1 = document(OUTCOMES + later('42', 'later-0'));
    const first = await service.calls(v1, 'en');
    assert.equal(first?.rows[4]?.state, 'in-progress');
    const v2 = edited(cache, v1, v1.length, v1.length, later('51', 'later-1'));
    service.changed(v2.uri, v2.version);
    const second = await service.calls(v2, 'en');
    assert.equal(second?.rows[4]?.state, 'no-answer', 'stuck: past Timer C without a final response');
    assert.deepEqual(second?.rows, await freshRows(v2.getText()));
    const v3 = edited(cache, v2, v2.length, v2.length, later('56', 'later-2'));
    service.changed(v3.uri, v3.version);
    const third = await service.calls(v3, 'en');
    assert.equal(third?.rows[4], second?.rows[4], 'the stuck call’s row is carried over as the end moves later');
    assert.deepEqual(third?.rows, await freshRows(v3.getText()));
  });

  it('keeps the row object of a call read again but unchanged, so that only the rows after a change are sent', async () => {
    // The busy call again at 09:42 (the call in progress still rings: within Timer C) and 09:43.
    const busy = OUTCOMES.slice(0, OUTCOMES.indexOf('[2026-11-20 09:24'));
    const later = (minute: string, id: string) =>
      `\n${busy.replace(/09:21:0/gu, `09:${minute}:0`).replace(/e74b7a78-2289-4ccb-af92-22772db43331/gu, id)}`;
    const cache = new AnalysisCache();
    const service = new CallsService(cache);
    const v1 = document(OUTCOMES + later('42', 'later-0'));
    const first = await service.calls(v1, 'en');
    const v2 = edited(cache, v1, v1.length, v1.length, later('43', 'later-1'));
    service.changed(v2.uri, v2.version);
    const second = await service.calls(v2, 'en');
    assert.ok(first && second);
    assert.equal(second.rows[4]?.state, 'in-progress');
    assert.ok(second.reused < first.rows.length, 'the call in progress was read again as the end moved');
    assert.equal(second.rows[4], first.rows[4], 'read again, the same: the row carried over');
    assert.deepEqual(rowsSince(second, v1.version), { from: 6, rows: second.rows.slice(6) });
    assert.deepEqual(second.rows, await freshRows(v2.getText()));
  });

  it('reads an appended document without joining its text into one string', async () => {
    const { cache, service, v2 } = await listedThenAppended();
    await cache.prepare(v2);
    let joins = 0;
    const join = v2.text.toString.bind(v2.text);
    v2.text.toString = () => {
      joins++;
      return join();
    };
    const calls = await service.calls(v2, 'en');
    const summaries = await calls?.summaries();
    summaries?.forEach((summary) => JSON.stringify(summary));
    assert.equal(joins, 0, 'the rows and summaries read the appended part on its own');
    v2.text.toString = join;
    assert.deepEqual(calls?.rows, await freshRows(v2.getText()));
  });

  it('reads every call again in another language', async () => {
    const { service, v2 } = await listedThenAppended();
    const chinese = await service.calls(v2, 'zh-cn');
    assert.equal(chinese?.reused, 0);
    assert.deepEqual(chinese?.rows, await freshRows(v2.getText(), 'zh-cn'));
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
