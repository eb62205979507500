/**
 * The RFC 6076 end-to-end metrics a log allows, computed from the call summaries. RFC 6076 counts
 * session and registration attempts; here an attempt is one Call-ID of the log (a digest challenge
 * and its retry are one attempt), and calls still waiting for a final response are left out of the
 * ratios (they are not decided yet). Delays are the mean over the attempts whose messages had times:
 * a log without times yields no delay, never a zero.
 */
import { FAILED_STATES, type CallSummary, type CallTiming } from './types';

export type MetricId = 'rrd' | 'ira' | 'srd' | 'sdd' | 'sdt' | 'ser' | 'seer' | 'isa';

export interface Metric {
  readonly id: MetricId;
  /** Section of RFC 6076 that defines it. */
  readonly section: string;
  readonly unit: 'ms' | 'percent';
  /** The mean delay or the percentage; absent when the log does not allow it (see `missing`). */
  readonly value?: number;
  /** How many calls (or registrations) the value was computed from. */
  readonly basis: number;
  /** Why there is no value: nothing of the kind to measure, or attempts whose messages carry no time. */
  readonly missing?: 'no-attempts' | 'no-times';
}

/** RFC 6076's order (§4.1 to §4.8), the order the statistics list them in. */
export const METRIC_SECTIONS: Readonly<Record<MetricId, string>> = {
  rrd: '4.1',
  ira: '4.2',
  srd: '4.3',
  sdd: '4.4',
  sdt: '4.5',
  ser: '4.6',
  seer: '4.7',
  isa: '4.8',
};

/** Final responses RFC 6076 §4.7 counts as established from the network's point of view: the callee's choice. */
const SEER_CODES: ReadonlySet<number> = new Set([480, 486, 600, 603]);
/** Final responses RFC 6076 §4.8 counts as ineffective: the network failed the attempt. */
const ISA_CODES: ReadonlySet<number> = new Set([408, 500, 503, 504]);

export function rfc6076Metrics(summaries: readonly CallSummary[]): Metric[] {
  const registrations = summaries.filter((s) => s.kind === 'registration' && s.state !== 'in-progress');
  const sessions = summaries.filter((s) => s.kind === 'call' && s.state !== 'in-progress');
  const succeeded = registrations.filter((s) => s.state === 'succeeded');
  const answered = sessions.filter((s) => s.state === 'answered');
  const byeEnded = sessions.filter((s) => s.endedWithBye);
  // SER and SEER leave redirected attempts out of the denominator (RFC 6076 §4.6, §4.7).
  const notRedirected = sessions.filter((s) => s.state !== 'redirected');
  return [
    meanDelay('rrd', succeeded, (t) => t.requestDelayMs),
    ratio(
      'ira',
      registrations.filter((s) => FAILED_STATES.has(s.state)),
      registrations,
    ),
    meanDelay('srd', sessions, (t) => t.setupDelayMs),
    meanDelay('sdd', byeEnded, (t) => t.disconnectDelayMs),
    meanDelay(
      'sdt',
      answered.filter((s) => s.endedWithBye),
      (t) => t.durationMs,
    ),
    ratio('ser', answered, notRedirected),
    ratio(
      'seer',
      notRedirected.filter((s) => s.state === 'answered' || SEER_CODES.has(s.finalCode ?? 0)),
      notRedirected,
    ),
    ratio(
      'isa',
      sessions.filter((s) => ISA_CODES.has(s.finalCode ?? 0) || (s.finalCode === undefined && s.state === 'no-answer')),
      sessions,
    ),
  ];
}

function meanDelay(
  id: MetricId,
  attempts: readonly CallSummary[],
  delayOf: (timing: CallTiming) => number | undefined,
): Metric {
  const base = { id, section: METRIC_SECTIONS[id], unit: 'ms' as const };
  if (attempts.length === 0) return { ...base, basis: 0, missing: 'no-attempts' };
  let sum = 0;
  let count = 0;
  for (const attempt of attempts) {
    const delay = delayOf(attempt.timing);
    if (delay === undefined) continue;
    sum += delay;
    count++;
  }
  if (count > 0) return { ...base, value: sum / count, basis: count };
  // Attempts with times but nothing measurable (every INVITE unanswered, say) are not a log without times.
  const timed = attempts.some((attempt) => attempt.timing.start !== undefined);
  return { ...base, basis: 0, missing: timed ? 'no-attempts' : 'no-times' };
}

function ratio(id: MetricId, hits: readonly CallSummary[], attempts: readonly CallSummary[]): Metric {
  const base = { id, section: METRIC_SECTIONS[id], unit: 'percent' as const };
  if (attempts.length === 0) return { ...base, basis: 0, missing: 'no-attempts' };
  return { ...base, value: (hits.length / attempts.length) * 100, basis: attempts.length };
}
