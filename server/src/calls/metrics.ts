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

export function rfc6076Metrics(summaries: Iterable<CallSummary>): Metric[] {
  const tally = new MetricsTally();
  for (const summary of summaries) tally.add(summary);
  return tally.metrics();
}

/** A mean delay being summed: attempts, and the delays of those that had one, in the order they came. */
class DelayTally {
  attempts = 0;
  private sum = 0;
  private count = 0;
  private timed = false;

  constructor(
    private readonly id: MetricId,
    private readonly delayOf: (timing: CallTiming) => number | undefined,
  ) {}

  add(attempt: CallSummary): void {
    this.attempts++;
    const delay = this.delayOf(attempt.timing);
    if (attempt.timing.start !== undefined) this.timed = true;
    if (delay === undefined) return;
    this.sum += delay;
    this.count++;
  }

  metric(): Metric {
    const base = { id: this.id, section: METRIC_SECTIONS[this.id], unit: 'ms' as const };
    if (this.attempts === 0) return { ...base, basis: 0, missing: 'no-attempts' };
    if (this.count > 0) return { ...base, value: this.sum / this.count, basis: this.count };
    // Attempts with times but nothing measurable (every INVITE unanswered, say) are not a log without times.
    return { ...base, basis: 0, missing: this.timed ? 'no-attempts' : 'no-times' };
  }
}

/** A ratio being counted. */
class RatioTally {
  hits = 0;
  attempts = 0;

  constructor(private readonly id: MetricId) {}

  add(hit: boolean): void {
    this.attempts++;
    if (hit) this.hits++;
  }

  metric(): Metric {
    const base = { id: this.id, section: METRIC_SECTIONS[this.id], unit: 'percent' as const };
    if (this.attempts === 0) return { ...base, basis: 0, missing: 'no-attempts' };
    return { ...base, value: (this.hits / this.attempts) * 100, basis: this.attempts };
  }
}

/**
 * The metrics summed one summary at a time, so a stream need not keep the summaries: counts, and
 * each mean's sum taken in the order the summaries come (the calls' order, as the whole-text sum:
 * floating-point sums depend on their order, and the JSON prints every digit).
 */
export class MetricsTally {
  private readonly rrd = new DelayTally('rrd', (t) => t.requestDelayMs);
  private readonly ira = new RatioTally('ira');
  private readonly srd = new DelayTally('srd', (t) => t.setupDelayMs);
  private readonly sdd = new DelayTally('sdd', (t) => t.disconnectDelayMs);
  private readonly sdt = new DelayTally('sdt', (t) => t.durationMs);
  private readonly ser = new RatioTally('ser');
  private readonly seer = new RatioTally('seer');
  private readonly isa = new RatioTally('isa');

  add(summary: CallSummary): void {
    // Calls still waiting for a final response are not decided yet: left out of every metric.
    if (summary.state === 'in-progress') return;
    if (summary.kind === 'registration') this.addRegistration(summary);
    else if (summary.kind === 'call') this.addSession(summary);
  }

  metrics(): Metric[] {
    const delays = [this.rrd, this.srd, this.sdd, this.sdt];
    const [rrd, srd, sdd, sdt] = delays.map((tally) => tally.metric()) as [Metric, Metric, Metric, Metric];
    return [rrd, this.ira.metric(), srd, sdd, sdt, this.ser.metric(), this.seer.metric(), this.isa.metric()];
  }

  private addRegistration(summary: CallSummary): void {
    if (summary.state === 'succeeded') this.rrd.add(summary);
    this.ira.add(FAILED_STATES.has(summary.state));
  }

  private addSession(summary: CallSummary): void {
    const answered = summary.state === 'answered';
    this.srd.add(summary);
    if (summary.endedWithBye) this.sdd.add(summary);
    if (answered && summary.endedWithBye) this.sdt.add(summary);
    // SER and SEER leave redirected attempts out of the denominator (RFC 6076 §4.6, §4.7).
    if (summary.state !== 'redirected') {
      this.ser.add(answered);
      this.seer.add(answered || SEER_CODES.has(summary.finalCode ?? 0));
    }
    const code = summary.finalCode;
    this.isa.add(ISA_CODES.has(code ?? 0) || (code === undefined && summary.state === 'no-answer'));
  }
}
