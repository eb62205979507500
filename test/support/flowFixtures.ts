/** The call-flow fixtures (test/fixtures/flows) analysed, and their ladders built, for the flow tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis';
import type { Analysis } from '../../server/src/analysis/types';
import { buildCallFlow } from '../../server/src/flow';
import type { FlowDiagram } from '../../catalog/src/flow/model';
import type { Language } from '../../catalog/src/language';
import { REPO_ROOT } from './lspClient';

export const FLOWS_DIR = join(REPO_ROOT, 'test', 'fixtures', 'flows');

export interface LoadedFlow {
  readonly name: string;
  readonly text: string;
  readonly analysis: Analysis;
}

export function loadFlow(name: string): LoadedFlow {
  const text = readFileSync(join(FLOWS_DIR, name), 'utf8');
  return { name, text, analysis: analyze(text) };
}

/** Every fixture file of the folder. */
export function flowFixtureNames(): string[] {
  return readdirSync(FLOWS_DIR)
    .filter((name) => name.endsWith('.log'))
    .sort();
}

/** The ladder of `callIds` (default: the file's first call). */
export function diagramOf(flow: LoadedFlow, callIds?: readonly string[], language: Language = 'en'): FlowDiagram {
  const ids = callIds ?? [flow.analysis.calls[0]?.callId ?? ''];
  return buildCallFlow(flow.analysis, flow.text, ids, { language });
}

/** The 0-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`not in the fixture: ${needle}`);
  return text.slice(0, at).split('\n').length - 1;
}
