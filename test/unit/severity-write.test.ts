/**
 * "Turn off diagnostics for N" with a fake configuration: it changes only the value at the
 * scope it writes (never copying other scopes' values into it), says where it wrote, and Undo
 * puts that scope's value back exactly.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { planTurnOff, turnOffDiagnostics, type ScopedValues, type SettingScope } from '../../client/src/severityWrite';

/** A configuration that keeps one value per scope, as `inspect()` reports them. */
class FakeConfiguration {
  readonly writes: { scope: SettingScope; value: unknown }[] = [];
  constructor(public values: { -readonly [K in keyof ScopedValues]: ScopedValues[K] }) {}
  inspect(): ScopedValues {
    return { ...this.values };
  }
  update(value: unknown, scope: SettingScope): Promise<void> {
    this.writes.push({ scope, value });
    const key = scope === 'user' ? 'globalValue' : scope === 'workspace' ? 'workspaceValue' : 'workspaceFolderValue';
    if (value === undefined) delete this.values[key];
    else this.values[key] = value;
    return Promise.resolve();
  }
}

async function run(configuration: FakeConfiguration, hasFolder: boolean, undo: boolean) {
  const messages: string[] = [];
  const logged: string[] = [];
  const { write, settled } = await turnOffDiagnostics(486, {
    configuration,
    hasFolder,
    confirm: (message) => (messages.push(message), Promise.resolve(undo)),
    log: (message) => logged.push(message),
  });
  await settled;
  return { write, messages, logged };
}

describe('turning diagnostics off for a code', () => {
  it('writes only the workspace value, leaving user overrides where they are', async () => {
    const configuration = new FakeConfiguration({
      globalValue: { '503': 'hint', '4xx': 'information' },
      workspaceValue: { '603': 'error' },
    });
    const { write, messages } = await run(configuration, true, false);
    assert.equal(write.scope, 'workspace');
    assert.deepEqual(configuration.values.workspaceValue, { '603': 'error', '486': 'off' });
    assert.deepEqual(
      configuration.values.globalValue,
      { '503': 'hint', '4xx': 'information' },
      'the user value is untouched',
    );
    assert.match(messages[0] ?? '', /486 are off, written to the workspace settings \(\.vscode\/settings\.json\)/);
  });

  it('starts a workspace value of its own when there is none', () => {
    const plan = planTurnOff({ globalValue: { '503': 'hint' } }, 486, true);
    assert.deepEqual(plan, { scope: 'workspace', previous: undefined, next: { '486': 'off' } });
  });

  it('writes user settings in a window without a folder, and says so', async () => {
    const configuration = new FakeConfiguration({ globalValue: { '503': 'hint' } });
    const { write, messages, logged } = await run(configuration, false, false);
    assert.equal(write.scope, 'user');
    assert.deepEqual(configuration.values.globalValue, { '503': 'hint', '486': 'off' });
    assert.match(messages[0] ?? '', /your user settings \(no folder is open\)/);
    assert.doesNotMatch(messages[0] ?? '', /workspace/);
    assert.match(logged[0] ?? '', /user settings/);
  });

  it("changes the folder's value when the folder sets this code itself, since it would win", () => {
    const plan = planTurnOff(
      { workspaceValue: { '603': 'error' }, workspaceFolderValue: { '486': 'error', '480': 'hint' } },
      486,
      true,
    );
    assert.deepEqual(plan, {
      scope: 'workspaceFolder',
      previous: { '486': 'error', '480': 'hint' },
      next: { '486': 'off', '480': 'hint' },
    });
  });

  it('Undo restores the previous value at that scope exactly, including "not set"', async () => {
    const unset = new FakeConfiguration({ globalValue: { '503': 'hint' } });
    await run(unset, true, true);
    assert.equal('workspaceValue' in unset.values, false, 'the workspace value is unset again');
    assert.deepEqual(
      unset.writes.map((w) => w.scope),
      ['workspace', 'workspace'],
    );
    const set = new FakeConfiguration({ workspaceValue: { '603': 'error' } });
    await run(set, true, true);
    assert.deepEqual(set.values.workspaceValue, { '603': 'error' });
  });

  it('replaces a workspace value that is not an object, and Undo brings that value back', async () => {
    const configuration = new FakeConfiguration({ workspaceValue: 'nonsense' });
    const { write } = await run(configuration, true, false);
    assert.deepEqual(write.next, { '486': 'off' });
    assert.equal(write.previous, 'nonsense');
  });
});
