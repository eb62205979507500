/**
 * How the property tests run: as many cases as `npm run fuzz` asks for (or a quick default), within
 * its time budget, each property's count appended to the campaign's report.
 */
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';

/** How many runs each property gets: `SIP_LENS_FUZZ_RUNS` (set by `npm run fuzz`) or a quick default. */
export function fuzzRuns(defaultRuns = 200): number {
  const raw = Number(process.env['SIP_LENS_FUZZ_RUNS']);
  return Number.isInteger(raw) && raw > 0 ? raw : defaultRuns;
}

/** Per-property time budget in seconds (`SIP_LENS_FUZZ_SECONDS`), for long campaigns only. */
function timeLimit(): fc.Parameters<unknown> {
  const seconds = Number(process.env['SIP_LENS_FUZZ_SECONDS']);
  return seconds > 0 ? { interruptAfterTimeLimit: seconds * 1000, markInterruptAsFailure: false } : {};
}

/**
 * Runs a property like `fc.assert`, and when `SIP_LENS_FUZZ_REPORT` names a file, appends the
 * number of cases it really ran (fewer when the time budget cut it short), so `npm run fuzz`
 * can print the campaign's total.
 */
export function assertProperty<Ts>(property: fc.IProperty<Ts>, params: fc.Parameters<Ts> = {}): void {
  const details = fc.check(property, { numRuns: fuzzRuns(), ...(timeLimit() as fc.Parameters<Ts>), ...params });
  const report = process.env['SIP_LENS_FUZZ_REPORT'];
  if (report) appendFileSync(report, `${details.numRuns} ${details.failed ? 1 : 0}\n`);
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? 'property failed');
}
