/**
 * The Calls view's title-bar toggles, as VS Code's own views show theirs: each toggle is two commands
 * sharing one context key, each with its own icon and title, and package.json's `when` clauses pick
 * the one that matches the state. As the editor's Pin / Unpin and the filled funnel of an active
 * filter do, the icon shows the state (a closed eye while pings are hidden, a tree while grouped) and
 * the title, which is the tooltip, says what a click does. The filter button turns into a filled
 * funnel while a filter is set, beside a clear button.
 * Pure (no `vscode` import), so a unit test holds package.json to these names.
 */
import type { ViewOptions } from './model';

/** Context keys the view sets; package.json's `view/title` and `commandPalette` entries read them. */
export const CALLS_CONTEXT = {
  /** OPTIONS pings and keep-alive registrations are hidden (the default). */
  pingsHidden: 'sipLens.calls.pingsHidden',
  groupedByState: 'sipLens.calls.groupedByState',
  filtered: 'sipLens.calls.filtered',
} as const;

/** One toggle: the command shown while its key is false, the one shown while it is true, and what each sets. */
export interface Toggle {
  readonly key: string;
  /** Shown while the key is false: the action that makes it true. */
  readonly off: { readonly command: string; readonly set: Partial<ViewOptions> };
  /** Shown while the key is true: the action that makes it false. */
  readonly on: { readonly command: string; readonly set: Partial<ViewOptions> };
}

export const TOGGLES: readonly Toggle[] = [
  {
    key: CALLS_CONTEXT.pingsHidden,
    off: { command: 'sipLens.calls.hidePings', set: { showNoise: false } },
    on: { command: 'sipLens.calls.showPings', set: { showNoise: true } },
  },
  {
    key: CALLS_CONTEXT.groupedByState,
    off: { command: 'sipLens.calls.groupByState', set: { groupByState: true } },
    on: { command: 'sipLens.calls.listInLogOrder', set: { groupByState: false } },
  },
];

/**
 * The filter's buttons: an empty funnel while no filter is set, a filled one (which edits it) and a
 * clear button while one is set; the filter's text shows in the view's description.
 */
export const FILTER_COMMANDS = {
  set: 'sipLens.calls.filter',
  edit: 'sipLens.calls.editFilter',
  clear: 'sipLens.calls.clearFilter',
} as const;

/** The value of each context key for `options`. */
export function contextValues(options: ViewOptions): Record<string, boolean> {
  return {
    [CALLS_CONTEXT.pingsHidden]: !options.showNoise,
    [CALLS_CONTEXT.groupedByState]: options.groupByState,
    [CALLS_CONTEXT.filtered]: options.filter !== '',
  };
}
