/**
 * The statistics as plain text, one rendering for the CLI's `stats` and the editor's "Show call
 * statistics": calls by kind and state, responses by class and code, the top failure codes with their
 * short fix, and each RFC 6076 metric with its section, basis and one-line definition, or why the
 * log does not allow it (no times, nothing to measure) instead of a zero.
 */
import { className } from '../../../catalog/src/index';
import type { Language } from '../../../catalog/src/language';
import { fill } from '../../../catalog/src/l10n';
import type { CodeClass } from '../../../catalog/src/types';
import { CALL_KIND_LABELS, CALL_STATE_LABELS, METRIC_STRINGS, STATS_STRINGS } from './calls-strings';
import type { Metric } from './metrics';
import type { CallStatistics } from './statistics';

/**
 * The statistics as text, in the language asked for, under a heading that names `file` as given
 * (the CLI makes a path terminal-safe first; the editor gives the document's name).
 */
export function statisticsText(file: string, statistics: CallStatistics, language: Language = 'en'): string {
  const strings = STATS_STRINGS[language];
  const { calls, failed } = statistics;
  const lines = [fill(strings.heading, { file, count: calls, failed })];
  const line = (label: string, count: number) => `  ${fill(strings.countLine, { label, count })}`;
  lines.push('', strings.byKind, ...counts(statistics.byKind, CALL_KIND_LABELS[language], line));
  lines.push('', strings.byState, ...counts(statistics.byState, CALL_STATE_LABELS[language], line));
  lines.push('', fill(strings.responsesByClass, { count: statistics.responses }));
  for (const [codeClass, count] of Object.entries(statistics.responsesByClass))
    lines.push(line(`${codeClass} ${className(codeClass as CodeClass, language)}`, count));
  lines.push(
    '',
    strings.responsesByCode,
    ...statistics.responsesByCode.map(({ code, count }) => line(String(code), count)),
  );
  lines.push('', strings.topFailures);
  if (statistics.topFailures.length === 0) lines.push(`  ${strings.noFailures}`);
  for (const { code, count, shortFix } of statistics.topFailures)
    lines.push(`  ${fill(strings.failureLine, { code, count, fix: shortFix })}`);
  lines.push('', strings.metrics);
  if (!statistics.hasTimes) lines.push(`  ${strings.logWithoutTimes}`);
  for (const metric of statistics.metrics) lines.push(...metricLines(metric, language));
  return `${lines.join('\n')}\n\n`;
}

function counts(
  byKey: Readonly<Record<string, number | undefined>>,
  labels: Readonly<Record<string, string>>,
  line: (label: string, count: number) => string,
): string[] {
  return Object.entries(byKey).map(([key, count]) => line(labels[key] ?? key, count ?? 0));
}

/** The metric's line (value, section, basis, or why there is none) and its one-line definition. */
export function metricLines(metric: Metric, language: Language = 'en'): string[] {
  const strings = STATS_STRINGS[language];
  const names = METRIC_STRINGS[language] as Readonly<Record<string, string>>;
  const name = names[`${metric.id}Name`] ?? metric.id;
  const definition = names[`${metric.id}Definition`] ?? '';
  const base = { name, section: metric.section };
  let line: string;
  if (metric.value === undefined)
    line = fill(metric.missing === 'no-times' ? strings.noTimes : strings.noAttempts, base);
  else {
    const template = metric.unit === 'percent' ? strings.percent : strings.milliseconds;
    const value = fill(template, {
      value: metric.unit === 'percent' ? metric.value.toFixed(1) : Math.round(metric.value),
    });
    const registrations = metric.id === 'rrd' || metric.id === 'ira';
    const basis = fill(registrations ? strings.basisRegistrations : strings.basisCalls, { count: metric.basis });
    line = fill(strings.metricLine, { ...base, value, basis });
  }
  return [`  ${line}`, `    ${definition}`];
}
