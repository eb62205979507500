/**
 * The rule registry (server/src/rules/registry.ts) is the one place a rule is declared. These
 * tests hold what is derived from it elsewhere (the README's table) and what each check promises
 * (its whole-document pass equals its per-call and re-scanned passes) to it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/analysis';
import type { AnalysisChange } from '../../server/src/analysis/incremental';
import type { Analysis } from '../../server/src/analysis/types';
import type { CandidateSink, RuleCheck } from '../../server/src/rules/check';
import { FindingCollector } from '../../server/src/rules/collector';
import { buildFlowIndex } from '../../server/src/rules/flow-index';
import { buildScopedFlowIndex } from '../../server/src/rules/flow-index-scoped';
import { CHECKS, RULE_IDS, RULES, type CheckedRuleId, type RuleId } from '../../server/src/rules/registry';
import { renderWith } from '../../server/src/rules/state';
import { withCSeq } from '../../server/src/rules/wording';
import { fixturesDir } from '../fixtures/index';

/** Rows of the README's diagnostics table as "rule-id severity". */
function readmeRules(): string[] {
  const lines = readFileSync('README.md', 'utf8').split('\n');
  const header = lines.findIndex((line) => /^\s*\| situation \| rule id \| default \|/u.test(line));
  assert.ok(header >= 0, 'the README has a diagnostics table headed "| situation | rule id | default |"');
  const rows: string[] = [];
  for (const line of lines.slice(header + 2)) {
    const cells = line.trim().split('|').slice(1, -1);
    if (cells.length !== 3) break;
    const severity = (cells[2] as string).trim().toLowerCase();
    for (const [, id] of (cells[1] as string).matchAll(/`([a-z-]+)`/gu)) rows.push(`${id} ${severity}`);
  }
  return rows.sort();
}

/** Every log the tests ship: the samples, the annotated corpus and the call-flow fixtures. */
function corpus(): { name: string; text: string }[] {
  const dirs = ['samples', fixturesDir(), join(fixturesDir(), 'flows')];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => /\.(log|sip)$/u.test(name))
      .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })),
  );
}

/** A sink that keeps every candidate as a comparable line, whatever its severity would be. */
function recorder(): CandidateSink<CheckedRuleId> & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    add(rule, code, offset, length, ref, unit) {
      lines.push(`${offset} ${rule} ${code ?? '-'} ${length} ${ref} ${unit ?? '-'}`);
    },
  };
}

/** The change an incremental pass would see if an edit had re-scanned the whole text. */
function wholeTextChange(analysis: Analysis, textLength: number): AnalysisChange {
  const messages = analysis.messages.length;
  return {
    from: 0,
    oldTo: textLength,
    delta: 0,
    firstIndex: 0,
    oldResume: messages,
    newResume: messages,
    occurrenceDelta: 0,
    touchedCallIds: analysis.calls.map((call) => call.callId),
    shifts: false,
  };
}

function byParts(check: RuleCheck<CheckedRuleId>, analysis: Analysis, textLength: number): string[] {
  const index = buildScopedFlowIndex(analysis, analysis.calls);
  const sink = recorder();
  const reported = new Set<string>();
  for (const call of analysis.calls) check.checkCall(index, call, reported, sink);
  check.checkRescanned(index, analysis, wholeTextChange(analysis, textLength), reported, sink);
  return sink.lines.sort();
}

function whole(check: RuleCheck<CheckedRuleId>, analysis: Analysis): string[] {
  const sink = recorder();
  check.checkDocument(buildFlowIndex(analysis), analysis, sink);
  return sink.lines.sort();
}

describe('rule registry', () => {
  it("the README's diagnostics table lists exactly the registered rules, with their default severities", () => {
    const registered = RULE_IDS.map((id) => `${id} ${RULES[id].severity}`).sort();
    assert.deepEqual(readmeRules(), registered);
  });

  it('each check finds the same candidates over the whole document as call by call plus the re-scanned text', () => {
    for (const { name, text } of corpus()) {
      const analysis = analyze(text);
      for (const check of CHECKS) {
        const rules = RULE_IDS.filter((id) => RULES[id].check === check).join(', ');
        assert.deepEqual(
          byParts(check, analysis, text.length),
          whole(check, analysis),
          `the check of ${rules} on ${name}`,
        );
      }
    }
  });

  it('every rule a check reports is found in the shipped logs, and its text is written by its own check', () => {
    const found = new Map<RuleId, string>();
    for (const { text } of corpus()) {
      const analysis = analyze(text);
      const collector = new FindingCollector({});
      for (const check of CHECKS) check.checkDocument(buildFlowIndex(analysis), analysis, collector);
      const render = renderWith(buildFlowIndex(analysis), 'en');
      for (const candidate of collector.sorted())
        if (!found.has(candidate.rule)) found.set(candidate.rule, render(candidate).message);
    }
    const checked = RULE_IDS.filter((id) => RULES[id].check !== undefined);
    assert.deepEqual(
      [...found.keys()].sort(),
      [...checked].sort(),
      'add a fixture in test/fixtures/flows for a new rule',
    );
    // One phrase per check's wording, so a rule rendered by another check's renderer shows up.
    assert.match(found.get('unregistered-code') ?? '', /is not a registered SIP code/u);
    assert.match(found.get('nonstandard-phrase') ?? '', /sent as '/u);
    assert.match(found.get('no-final-response') ?? '', /\(CSeq \d+\) got /u);
    assert.match(found.get('final-client-failure') ?? '', /ends \w+ \(CSeq \d+\)/u);
  });

  it('an unknown rule id does not compile', () => {
    // @ts-expect-error: not a key of the registry
    const unknown: RuleId = 'no-such-rule';
    // @ts-expect-error: the cap notice is added by the collector, never reported by a check
    const notChecked: CheckedRuleId = 'diagnostics-capped';
    assert.equal(RULE_IDS.includes(unknown), false);
    assert.equal(CHECKS.length, new Set(RULE_IDS.map((id) => RULES[id].check).filter(Boolean)).size);
    assert.equal(RULES[notChecked].check, undefined);
  });
});

describe('withCSeq', () => {
  it('adds the CSeq number in parentheses when it is known', () => {
    assert.equal(withCSeq('the INVITE transaction', 1), 'the INVITE transaction (CSeq 1)');
    assert.equal(withCSeq('REGISTER', 0), 'REGISTER (CSeq 0)');
    assert.equal(withCSeq('the transaction', undefined), 'the transaction');
  });
});
