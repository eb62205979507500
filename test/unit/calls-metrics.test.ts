/**
 * The statistics and each RFC 6076 metric on a hand-computed example (issue 20): four
 * registrations and seven calls with known times, the expected values worked out in the comments.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, LineIndex } from '../../server/src/analysis';
import {
  callStatistics,
  summarizeCalls,
  type CallStatistics,
  type Metric,
  type MetricId,
} from '../../server/src/calls';
import { sngrepCall } from '../support/callLogs';

const INVITE = 'INVITE sip:2002@example.com SIP/2.0';
const REGISTER = 'REGISTER sip:example.com SIP/2.0';
const BYE = 'BYE sip:2002@192.0.2.20 SIP/2.0';

/**
 * Registrations (RRD from the REGISTER that succeeded to its 2xx; IRA over the four):
 *   R1 401, retry at +20 ms, 200 at +50 ms: 30 ms   R2 200 at +30 ms: succeeded, 30 ms
 *   R3 403: ineffective                           R4 401 then 401: auth failed, ineffective
 * Calls (SRD from the INVITE to the first response other than 100):
 *   C1 180 +200 ms, 200, BYE 60 s after the 200, its 200 +20 ms   C2 180 +300 ms, 486 busy
 *   C3 503 +100 ms (ineffective)                                  C4 302 +50 ms (redirected)
 *   C5 100, 408 +32 s (ineffective)                               C6 180 +400 ms, 200, BYE 120 s later, +30 ms
 *   C7 603 +500 ms (declined)
 */
const LOG = [
  sngrepCall('r1', [
    ['09:00:00.000000', 'out', REGISTER, '1 REGISTER'],
    ['09:00:00.010000', 'in', 'SIP/2.0 401 Unauthorized', '1 REGISTER'],
    ['09:00:00.020000', 'out', REGISTER, '2 REGISTER'],
    ['09:00:00.050000', 'in', 'SIP/2.0 200 OK', '2 REGISTER'],
  ]),
  sngrepCall('r2', [
    ['09:00:01.000000', 'out', REGISTER, '1 REGISTER'],
    ['09:00:01.030000', 'in', 'SIP/2.0 200 OK', '1 REGISTER'],
  ]),
  sngrepCall('r3', [
    ['09:00:02.000000', 'out', REGISTER, '1 REGISTER'],
    ['09:00:02.040000', 'in', 'SIP/2.0 403 Forbidden', '1 REGISTER'],
  ]),
  sngrepCall('r4', [
    ['09:00:03.000000', 'out', REGISTER, '1 REGISTER'],
    ['09:00:03.010000', 'in', 'SIP/2.0 401 Unauthorized', '1 REGISTER'],
    ['09:00:03.020000', 'out', REGISTER, '2 REGISTER'],
    ['09:00:03.030000', 'in', 'SIP/2.0 401 Unauthorized', '2 REGISTER'],
  ]),
  sngrepCall('c1', [
    ['10:00:00.000000', 'out', INVITE, '1 INVITE'],
    ['10:00:00.010000', 'in', 'SIP/2.0 100 Trying', '1 INVITE'],
    ['10:00:00.200000', 'in', 'SIP/2.0 180 Ringing', '1 INVITE'],
    ['10:00:03.000000', 'in', 'SIP/2.0 200 OK', '1 INVITE'],
    ['10:01:03.000000', 'out', BYE, '2 BYE'],
    ['10:01:03.020000', 'in', 'SIP/2.0 200 OK', '2 BYE'],
  ]),
  sngrepCall('c2', [
    ['10:01:10.000000', 'out', INVITE, '1 INVITE'],
    ['10:01:10.300000', 'in', 'SIP/2.0 180 Ringing', '1 INVITE'],
    ['10:01:15.000000', 'in', 'SIP/2.0 486 Busy Here', '1 INVITE'],
  ]),
  sngrepCall('c3', [
    ['10:01:20.000000', 'out', INVITE, '1 INVITE'],
    ['10:01:20.100000', 'in', 'SIP/2.0 503 Service Unavailable', '1 INVITE'],
  ]),
  sngrepCall('c4', [
    ['10:01:30.000000', 'out', INVITE, '1 INVITE'],
    ['10:01:30.050000', 'in', 'SIP/2.0 302 Moved Temporarily', '1 INVITE'],
  ]),
  sngrepCall('c5', [
    ['10:01:40.000000', 'out', INVITE, '1 INVITE'],
    ['10:01:40.010000', 'in', 'SIP/2.0 100 Trying', '1 INVITE'],
    ['10:02:12.000000', 'in', 'SIP/2.0 408 Request Timeout', '1 INVITE'],
  ]),
  sngrepCall('c6', [
    ['10:02:50.000000', 'out', INVITE, '1 INVITE'],
    ['10:02:50.400000', 'in', 'SIP/2.0 180 Ringing', '1 INVITE'],
    ['10:02:55.000000', 'in', 'SIP/2.0 200 OK', '1 INVITE'],
    ['10:04:55.000000', 'out', BYE, '2 BYE'],
    ['10:04:55.030000', 'in', 'SIP/2.0 200 OK', '2 BYE'],
  ]),
  sngrepCall('c7', [
    ['10:05:00.000000', 'out', INVITE, '1 INVITE'],
    ['10:05:00.500000', 'in', 'SIP/2.0 603 Decline', '1 INVITE'],
  ]),
].join('');

function statisticsOf(text: string, language: 'en' | 'zh-cn' = 'en'): CallStatistics {
  const lines = new LineIndex(text);
  const analysis = analyze(text, { lineIndex: lines });
  return callStatistics(analysis, summarizeCalls(text, analysis, lines), language);
}

function metric(statistics: CallStatistics, id: MetricId): Metric {
  const found = statistics.metrics.find((m) => m.id === id);
  assert.ok(found, `no metric ${id}`);
  return found;
}

function assertMetric(actual: Metric, value: number, basis: number): void {
  assert.ok(actual.value !== undefined, `${actual.id} has no value (${actual.missing})`);
  assert.ok(Math.abs(actual.value - value) < 1e-6, `${actual.id}: ${actual.value} != ${value}`);
  assert.equal(actual.basis, basis);
}

describe('RFC 6076 metrics on a hand-computed log', () => {
  const statistics = statisticsOf(LOG);

  it('lists the metrics in the RFC order with their sections', () => {
    assert.deepEqual(
      statistics.metrics.map((m) => `${m.id} §${m.section}`),
      ['rrd §4.1', 'ira §4.2', 'srd §4.3', 'sdd §4.4', 'sdt §4.5', 'ser §4.6', 'seer §4.7', 'isa §4.8'],
    );
  });

  // (30 + 30) / 2 successful registrations: R1 timed from its retry with credentials, not from the challenged REGISTER
  it('RRD §4.1: 30 ms from 2 registrations', () => assertMetric(metric(statistics, 'rrd'), 30, 2));
  // R3 and R4 of 4
  it('IRA §4.2: 50% of 4 registrations', () => assertMetric(metric(statistics, 'ira'), 50, 4));
  // (200 + 300 + 100 + 50 + 32000 + 400 + 500) / 7
  it('SRD §4.3: 4792.857 ms from 7 calls', () => assertMetric(metric(statistics, 'srd'), 33_550 / 7, 7));
  // (20 + 30) / 2 BYEs
  it('SDD §4.4: 25 ms from 2 calls', () => assertMetric(metric(statistics, 'sdd'), 25, 2));
  // (60 s + 120 s) / 2
  it('SDT §4.5: 90 s from 2 calls', () => assertMetric(metric(statistics, 'sdt'), 90_000, 2));
  // C1, C6 answered of 7 - 1 redirected
  it('SER §4.6: 2 of 6 calls', () => assertMetric(metric(statistics, 'ser'), (2 / 6) * 100, 6));
  // C1, C6 answered, C2 486 and C7 603 of 6
  it('SEER §4.7: 4 of 6 calls', () => assertMetric(metric(statistics, 'seer'), (4 / 6) * 100, 6));
  // C3 503 and C5 408 of 7
  it('ISA §4.8: 2 of 7 calls', () => assertMetric(metric(statistics, 'isa'), (2 / 7) * 100, 7));

  it('counts calls by kind and state, responses by class and code', () => {
    assert.equal(statistics.calls, 11);
    assert.deepEqual(statistics.byKind, { registration: 4, call: 7 });
    assert.equal(statistics.failed, 6);
    assert.deepEqual(statistics.responsesByClass, { '1xx': 5, '2xx': 6, '3xx': 1, '4xx': 6, '5xx': 1, '6xx': 1 });
    assert.equal(statistics.responses, 20);
    assert.deepEqual(
      statistics.responsesByCode.find((c) => c.code === 401),
      { code: 401, count: 3 },
    );
  });

  it('ranks the failure codes that decided calls, with the short fix in the language asked', () => {
    assert.deepEqual(
      statistics.topFailures.map((f) => `${f.code}×${f.count}`),
      ['401×1', '403×1', '408×1', '486×1', '503×1'],
    );
    assert.ok(statistics.topFailures.every((f) => f.shortFix.length > 0));
    const chinese = statisticsOf(LOG, 'zh-cn').topFailures[0]?.shortFix ?? '';
    assert.match(chinese, /\p{Script=Han}/u);
  });
});

describe('metrics the log does not allow', () => {
  it('says the log has no times instead of showing zero delays, and still gives the ratios', () => {
    const untimed = LOG.replace(/^2026\/01\/15 [\d:.]+ /gmu, '');
    const statistics = statisticsOf(untimed);
    assert.equal(statistics.hasTimes, false);
    for (const id of ['rrd', 'srd', 'sdd', 'sdt'] as const) {
      assert.equal(metric(statistics, id).value, undefined);
      assert.equal(metric(statistics, id).missing, 'no-times');
    }
    assertMetric(metric(statistics, 'ser'), (2 / 6) * 100, 6);
  });

  it('says there is nothing to measure when the log has no attempt of the kind', () => {
    const callsOnly = statisticsOf(LOG.slice(LOG.indexOf('2026/01/15 10:00:00.000000')));
    assert.equal(metric(callsOnly, 'rrd').missing, 'no-attempts');
    assert.equal(metric(callsOnly, 'ira').missing, 'no-attempts');
    assert.equal(metric(callsOnly, 'ira').basis, 0);
  });
});
