/**
 * The Mermaid and PlantUML exports parsed back by the tools' own parsers, offline: Mermaid's
 * `mermaid.parse` (a devDependency; its parser runs in Node) and Debian's `plantuml -syntax` /
 * `-checkonly`. Every call of every flow fixture, the legs drawn together, in both languages and
 * masked, and the hostile fixture: the test fails when a tool rejects one, and checks the structure
 * the tool reports (participants, messages).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { flowMermaid, flowPlantuml, maskDiagram, mermaidText, plantumlText } from '../../catalog/src/flow';
import type { FlowDiagram } from '../../catalog/src/flow/model';
import { diagramOf, flowFixtureNames, loadFlow } from '../support/flowFixtures';

interface Case {
  readonly name: string;
  readonly diagram: FlowDiagram;
}

const LEG_PAIRS: Readonly<Record<string, readonly string[]>> = {
  'flow-legs-xcid.log': ['leg-a-100@10.0.0.1', 'leg-b-200@10.0.0.5'],
  'flow-legs-suffix.log': ['c0ffee-77@10.0.0.1', 'c0ffee-77@10.0.0.1_b2b-1'],
  'flow-legs-icid.log': ['leg-a-100@10.0.0.1', 'leg-b-200@10.0.0.5'],
  'flow-legs-session-id.log': ['leg-a-100@10.0.0.1', 'leg-b-200@10.0.0.5'],
  'flow-legs-timing.log': ['leg-a-100@10.0.0.1', 'leg-b-200@10.0.0.5'],
};

function cases(): Case[] {
  const all: Case[] = [];
  for (const name of flowFixtureNames()) {
    const flow = loadFlow(name);
    for (const call of flow.analysis.calls)
      all.push({ name: `${name} ${call.callId}`, diagram: diagramOf(flow, [call.callId]) });
    const pair = LEG_PAIRS[name];
    if (pair) all.push({ name: `${name} (both legs)`, diagram: diagramOf(flow, pair) });
  }
  const hostile = diagramOf(loadFlow('flow-hostile.log'), undefined, 'zh-cn');
  all.push({ name: 'flow-hostile.log zh-cn', diagram: hostile });
  all.push({ name: 'flow-hostile.log masked', diagram: maskDiagram(hostile, { users: true, addresses: true }) });
  all.push({ name: 'no messages', diagram: { ...hostile, arrows: [] } });
  return all;
}

const CASES = cases();

/** How many notes the exports write for a diagram: one per finding. */
function findingCount(diagram: FlowDiagram): number {
  return diagram.arrows.reduce((sum, arrow) => sum + arrow.findings.length, 0);
}

interface MermaidDb {
  getActors(): Map<string, { description: string }>;
  getMessages(): unknown[];
}

async function mermaidApi() {
  const mermaid = (await import('mermaid')).default;
  return mermaid;
}

describe('Mermaid export parses back with mermaid.parse', () => {
  for (const { name, diagram } of CASES) {
    it(name, async () => {
      const mermaid = await mermaidApi();
      const text = flowMermaid(diagram);
      const result = await mermaid.parse(text);
      assert.ok(result && result.diagramType === 'sequence', text);
      const parsed = await mermaid.mermaidAPI.getDiagramFromText(text);
      const db = parsed.db as unknown as MermaidDb;
      assert.equal(db.getActors().size, diagram.endpoints.length);
      assert.equal(db.getMessages().length, diagram.arrows.length + findingCount(diagram), text);
    });
  }

  it('a hostile participant title is one title: the parsed description carries no statement of its own', async () => {
    const mermaid = await mermaidApi();
    const parsed = await mermaid.mermaidAPI.getDiagramFromText(flowMermaid(diagramOf(loadFlow('flow-hostile.log'))));
    const actors = [...(parsed.db as unknown as MermaidDb).getActors().keys()];
    assert.deepEqual(actors, ['P0', 'P1']);
  });

  it('no directive from the log reaches Mermaid, not even in a comment', () => {
    const base = diagramOf(loadFlow('flow-hostile.log'));
    const directive = '%%{init: {"securityLevel": "loose"}}%%';
    const text = flowMermaid({ ...base, header: { ...base.header, to: directive } });
    assert.ok(!text.includes('%%{'), text);
    assert.ok(!text.includes('{'), text);
  });

  it('mermaidText leaves letters, digits and spaces, and codes the rest', () => {
    assert.equal(mermaidText('180 Ringing'), '180 Ringing');
    assert.equal(mermaidText('a;b#c:d'), 'a#59;b#35;c#58;d');
    assert.equal(mermaidText('line\nbreak'), 'line break');
    assert.equal(mermaidText('呼叫'), '呼叫');
  });
});

function plantumlAvailable(): boolean {
  // `-version` exits non-zero on some builds: being able to start it is what counts.
  return spawnSync('plantuml', ['-version'], { encoding: 'utf8', timeout: 60_000 }).error === undefined;
}

function plantumlSyntax(text: string): { status: number | null; out: string } {
  const run = spawnSync('plantuml', ['-syntax'], { input: text, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

describe('PlantUML export parses back with plantuml', () => {
  it('plantuml is installed (Debian package; .ci/run installs it)', () => {
    assert.ok(plantumlAvailable(), 'plantuml is not on PATH');
  });

  it('every export passes plantuml -checkonly (one run over all files)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sip-lens-flow-'));
    try {
      const files = CASES.map(({ diagram }, i) => {
        const file = join(dir, `case-${i}.puml`);
        writeFileSync(file, flowPlantuml(diagram));
        return file;
      });
      const run = spawnSync('plantuml', ['-checkonly', ...files], { encoding: 'utf8', timeout: 120_000 });
      if (run.status !== 0) {
        // Name the ones it rejects.
        const rejected = CASES.filter(({ diagram }) => plantumlSyntax(flowPlantuml(diagram)).status !== 0).map(
          (c) => c.name,
        );
        assert.fail(`plantuml rejected: ${rejected.join(', ')}\n${run.stdout}${run.stderr}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const name of ['flow-hostile.log zh-cn', 'flow-hostile.log masked', 'flow-legs-xcid.log (both legs)']) {
    it(`${name}: a sequence diagram with its participants`, () => {
      const { diagram } = CASES.find((c) => c.name === name) as Case;
      const { status, out } = plantumlSyntax(flowPlantuml(diagram));
      assert.equal(status, 0, out);
      assert.match(out, /^SEQUENCE$/mu);
      assert.match(out, new RegExp(`^\\(${diagram.endpoints.length} participants\\)$`, 'mu'));
    });
  }

  it('a broken diagram is rejected (the check can fail)', () => {
    assert.notEqual(plantumlSyntax('@startuml\nparticipant "a as P1\nP0 -> : x\n@enduml\n').status, 0);
  });

  it('plantumlText codes every character but letters, digits, spaces and a few marks', () => {
    assert.equal(plantumlText('486 Busy Here'), '486 Busy Here');
    assert.equal(plantumlText('"a"\\b'), '<U+0022>a<U+0022><U+005C>b');
    assert.equal(plantumlText('a\nb'), 'a b');
  });
});
