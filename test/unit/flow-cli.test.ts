/** `sip-lens flow`: formats, legs, masking, the call listing without --call-id, and its errors. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCaptured, spawnBuiltCli } from '../support/cliRun';
import { FLOWS_DIR } from '../support/flowFixtures';

const LEGS = join(FLOWS_DIR, 'flow-legs-icid.log');
const RETRANSMISSIONS = join(FLOWS_DIR, 'flow-retransmissions.log');
const HOSTILE = join(FLOWS_DIR, 'flow-hostile.log');

describe('sip-lens flow', () => {
  it('prints the text ladder of a call, then the legs that look like part of it', () => {
    const run = runCaptured(['flow', LEGS, '--call-id', 'leg-a-100@10.0.0.1']);
    assert.equal(run.status, 0, run.err);
    assert.equal(run.err, '');
    assert.match(run.out, /^Call flow: answered 200 OK$/mu);
    assert.match(run.out, /│─+INVITE \[SDP offer\]─+>│/u);
    assert.match(
      run.out,
      /^Legs that look like part of this call \(add them with --call-id\):\n {2}leg-b-200@10\.0\.0\.5\n {4}same icid-value in P-Charging-Vector: ab12cd34\n$/mu,
    );
  });

  it('draws several legs with repeated --call-id, and no longer suggests the ones drawn', () => {
    const run = runCaptured([
      'flow',
      LEGS,
      '--call-id',
      'leg-a-100@10.0.0.1',
      '--call-id',
      'leg-b-200@10.0.0.5',
      '--format',
      'json',
    ]);
    assert.equal(run.status, 0, run.err);
    const diagram = JSON.parse(run.out);
    assert.deepEqual(
      diagram.legs.map((leg: { callId: string }) => leg.callId),
      ['leg-a-100@10.0.0.1', 'leg-b-200@10.0.0.5'],
    );
    assert.equal(diagram.endpoints.length, 3);
    assert.equal(run.err, '');
  });

  it('writes a machine format alone on standard output, the suggested legs on standard error', () => {
    for (const format of ['mermaid', 'plantuml', 'svg', 'json']) {
      const run = runCaptured(['flow', LEGS, '--call-id', 'leg-a-100@10.0.0.1', '--format', format]);
      assert.equal(run.status, 0, run.err);
      assert.ok(!run.out.includes('Legs that look like'), format);
      assert.match(run.err, /leg-b-200@10\.0\.0\.5/u, format);
    }
    assert.match(
      runCaptured(['flow', LEGS, '--call-id', 'leg-a-100@10.0.0.1', '--format', 'mermaid']).out,
      /^sequenceDiagram\n/u,
    );
    assert.match(
      runCaptured(['flow', LEGS, '--call-id', 'leg-a-100@10.0.0.1', '--format', 'plantuml']).out,
      /^@startuml\n[\s\S]*@enduml\n$/u,
    );
  });

  it('masks credentials with --mask, and users and addresses with their flags', () => {
    const plain = runCaptured(['flow', HOSTILE, '--call-id', 'hostile-1@198.51.100.1', '--format', 'json']);
    assert.match(plain.out, /198\.51\.100\.1/u);
    const masked = runCaptured([
      'flow',
      HOSTILE,
      '--call-id',
      'hostile-1@198.51.100.1',
      '--format',
      'json',
      '--mask-users',
      '--mask-addresses',
    ]);
    assert.equal(masked.status, 0, masked.err);
    assert.ok(!/198\.51\.100|"1001"/u.test(masked.out), masked.out);
    assert.match(masked.out, /"callId": "hostile-1@ip-1"/u);
  });

  it('without --call-id lists the calls and asks for one (exit 2)', () => {
    const run = runCaptured(['flow', LEGS]);
    assert.equal(run.status, 2);
    assert.equal(run.out, '');
    assert.match(
      run.err,
      /flow-legs-icid\.log: 3 calls \(draw one with --call-id\):\n {2}leg-a-100@10\.0\.0\.1 {2}answered {2}1001 → 5551234\n/u,
    );
    assert.match(run.err, /sip-lens: flow needs --call-id: choose one of the calls listed above\n$/u);
  });

  it('an unknown Call-ID, a bad format or two files are usage errors, in Chinese too', () => {
    const unknown = runCaptured(['flow', RETRANSMISSIONS, '--call-id', 'nope']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.err, /no call with Call-ID 'nope' in '.*flow-retransmissions\.log'/u);
    const format = runCaptured(['flow', RETRANSMISSIONS, '--call-id', 'x', '--format', 'png']);
    assert.equal(format.status, 2);
    assert.match(format.err, /--format takes text, mermaid, plantuml, svg or json, not 'png'/u);
    assert.equal(runCaptured(['flow', RETRANSMISSIONS, LEGS, '--call-id', 'x']).status, 2);
    assert.equal(runCaptured(['flow', RETRANSMISSIONS, '--call-id']).status, 2);
    const zh = runCaptured(['--lang', 'zh-cn', 'flow', RETRANSMISSIONS, '--call-id', 'nope']);
    assert.match(zh.err, /中没有 Call-ID 为“nope”的呼叫/u);
  });

  it('the built CLI draws a ladder from standard input', () => {
    const run = spawnBuiltCli(['flow', '-', '--call-id', 'retx-4711@10.0.0.1', '--lang', 'zh-cn'], {
      input: readFileSync(RETRANSMISSIONS),
    });
    assert.equal(run.status, 0, run.err);
    assert.match(run.out, /^呼叫流程：已应答 200 OK$/mu);
    assert.match(run.out, /建立时延 2\.000 s · 通话时长 15\.000 s/u);
  });

  it('the help names the command', () => {
    assert.match(runCaptured(['--help']).out, /flow <file> --call-id ID/u);
  });
});
