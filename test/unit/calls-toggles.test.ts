/**
 * The Calls view's title-bar toggles (client/src/calls/toggles.ts) against package.json: each state
 * shows exactly one button of each pair, the button's command sets the state its key names, the two
 * buttons of a pair differ in icon and title, and the filter shows a filled funnel and a clear button
 * only while a filter is set.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_OPTIONS, type ViewOptions } from '../../client/src/calls/model';
import { CALLS_CONTEXT, contextValues, FILTER_COMMANDS, TOGGLES } from '../../client/src/calls/toggles';

interface MenuEntry {
  readonly command: string;
  readonly when?: string;
  readonly group?: string;
}
interface Command {
  readonly command: string;
  readonly title: string;
  readonly icon?: string;
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  contributes: { commands: Command[]; menus: Record<string, MenuEntry[]> };
};
const english = JSON.parse(readFileSync('package.nls.json', 'utf8')) as Record<string, string>;
const VIEW = 'view == sipLens.calls';

/**
 * Evaluates the `when` clauses these entries use: `a && b && !c`, each term `view == id`, a key or a
 * negated key. Anything else fails the test, so a new kind of clause is looked at here first.
 */
function holds(when: string, context: Record<string, boolean | string>): boolean {
  return when.split('&&').every((raw) => {
    const term = raw.trim();
    const equal = /^(\S+) == (\S+)$/u.exec(term);
    if (equal) return context[equal[1] as string] === equal[2];
    assert.match(term, /^!?[\w.]+$/u, `a when clause this test cannot read: ${when}`);
    return term.startsWith('!') ? context[term.slice(1)] !== true : context[term] === true;
  });
}

/** The commands of the Calls view's title bar shown for `options`, in their menu order. */
function titleBar(options: ViewOptions): string[] {
  const context = { view: 'sipLens.calls', ...contextValues(options) };
  return (manifest.contributes.menus['view/title'] ?? [])
    .filter((entry) => entry.when?.startsWith(VIEW) && holds(entry.when, context))
    .map((entry) => entry.command);
}

function command(id: string): Command {
  const found = manifest.contributes.commands.find((entry) => entry.command === id);
  assert.ok(found, `package.json contributes no ${id}`);
  return found;
}

const title = (id: string) => english[/^%(.+)%$/u.exec(command(id).title)?.[1] ?? ''];

describe('Calls view toggles', () => {
  it('shows, by default, the filter, "show pings" and "group by state" buttons and the statistics', () => {
    assert.deepEqual(titleBar(DEFAULT_OPTIONS), [
      'sipLens.calls.filter',
      'sipLens.calls.showPings',
      'sipLens.calls.groupByState',
      'sipLens.showCallStatistics',
    ]);
  });

  it('swaps each toggle for its other half once its state changes', () => {
    const changed = { showNoise: true, groupByState: true, filter: '486' };
    assert.deepEqual(titleBar(changed), [
      'sipLens.calls.editFilter',
      'sipLens.calls.clearFilter',
      'sipLens.calls.hidePings',
      'sipLens.calls.listInLogOrder',
      'sipLens.showCallStatistics',
    ]);
  });

  it('shows exactly one button of each pair in every state, the one that changes it', () => {
    for (const showNoise of [false, true])
      for (const groupByState of [false, true])
        for (const filter of ['', 'busy']) {
          const options = { showNoise, groupByState, filter };
          const shown = titleBar(options);
          const values = contextValues(options);
          for (const { key, off, on } of TOGGLES) {
            const expected = values[key] ? on : off;
            const other = values[key] ? off : on;
            assert.ok(shown.includes(expected.command), `${JSON.stringify(options)}: ${expected.command} hidden`);
            assert.ok(!shown.includes(other.command), `${JSON.stringify(options)}: ${other.command} shown`);
            // Clicking it flips the key.
            assert.equal(contextValues({ ...options, ...expected.set })[key], !values[key]);
          }
          assert.equal(shown.includes(FILTER_COMMANDS.set), filter === '');
          assert.equal(shown.includes(FILTER_COMMANDS.edit), filter !== '');
          assert.equal(shown.includes(FILTER_COMMANDS.clear), filter !== '');
        }
  });

  it('gives the two buttons of a pair different icons and titles', () => {
    for (const [a, b] of [
      ...TOGGLES.map(({ off, on }) => [off.command, on.command] as const),
      [FILTER_COMMANDS.set, FILTER_COMMANDS.edit] as const,
    ]) {
      assert.ok(command(a).icon && command(b).icon, `${a} and ${b} need icons`);
      assert.notEqual(command(a).icon, command(b).icon, `${a} and ${b} share an icon`);
      assert.ok(title(a) && title(b));
      assert.notEqual(title(a), title(b));
    }
    assert.equal(command(FILTER_COMMANDS.edit).icon, '$(filter-filled)', 'an active filter shows a filled funnel');
  });

  it('offers the toggles’ commands in the Command Palette only where they change something', () => {
    const palette = manifest.contributes.menus.commandPalette ?? [];
    for (const { key, off, on } of TOGGLES) {
      const whenOf = (id: string) => palette.find((entry) => entry.command === id)?.when ?? '';
      assert.match(whenOf(off.command), new RegExp(`!${key.replace(/\./gu, '\\.')}$`, 'u'));
      assert.match(whenOf(on.command), new RegExp(`&& ${key.replace(/\./gu, '\\.')}$`, 'u'));
    }
    assert.equal(CALLS_CONTEXT.pingsHidden, 'sipLens.calls.pingsHidden');
  });
});
