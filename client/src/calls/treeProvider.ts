/**
 * The SIP Calls tree: one item per call (or per state group, then its calls). Nodes are kept per
 * Call-ID across updates, so an update that changes a few calls in place refreshes only their items,
 * and VS Code keeps selection and scroll position when the list itself changes.
 */
import * as vscode from 'vscode';
import type { CallRow, CallStateName } from '../../../catalog/src/protocol';
import type { L10n } from '../translation';
import {
  callDescription,
  callLabel,
  callTooltip,
  groupByState,
  rowChanges,
  stateIcon,
  visibleRows,
  type ViewOptions,
} from './model';

export const REVEAL_CALL_COMMAND = 'sipLens.calls.reveal';
/** The contextValue of a call item: the view/item/context menus name it. */
export const CALL_CONTEXT = 'sipLensCall';

export interface CallNode {
  readonly type: 'call';
  row: CallRow;
  parent?: GroupNode;
}

export interface GroupNode {
  readonly type: 'group';
  readonly state: CallStateName;
  readonly label: string;
  readonly children: readonly CallNode[];
}

export type CallsNode = CallNode | GroupNode;

export class CallsTreeProvider implements vscode.TreeDataProvider<CallsNode> {
  private readonly changed = new vscode.EventEmitter<CallsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly nodes = new Map<string, CallNode>();
  private roots: CallsNode[] = [];
  private shown: CallRow[] = [];
  /** How many refreshes touched single items rather than the whole tree (for the tests). */
  itemRefreshes = 0;

  constructor(private readonly l10n: L10n) {}

  /** The rows listed now, in order (after the noise toggle and the filter). */
  get visible(): readonly CallRow[] {
    return this.shown;
  }

  get topLevel(): readonly CallsNode[] {
    return this.roots;
  }

  /** Shows `rows` with `options`; when the list is the same, only the items of calls that changed are refreshed. */
  update(rows: readonly CallRow[], options: ViewOptions): void {
    const next = visibleRows(rows, options, this.l10n);
    const { changed, listChanged } = rowChanges(this.shown, next);
    const regroup = options.groupByState !== this.grouped || (options.groupByState && this.stateMoved(next, changed));
    this.shown = next;
    this.grouped = options.groupByState;
    for (const row of next) {
      const node = this.nodes.get(row.callId);
      if (node) node.row = row;
    }
    if (!listChanged && !regroup) {
      this.itemRefreshes += changed.length > 0 ? 1 : 0;
      for (const callId of changed) this.changed.fire(this.nodes.get(callId));
      return;
    }
    this.rebuild(next, options.groupByState);
    this.changed.fire(undefined);
  }

  private grouped = false;

  /** Forgets what is shown, so the next update redraws every item (the language changed). */
  reset(): void {
    this.shown = [];
    this.roots = [];
  }

  private stateMoved(next: readonly CallRow[], changed: readonly string[]): boolean {
    const ids = new Set(changed);
    return next.some((row) => ids.has(row.callId) && this.nodes.get(row.callId)?.parent?.state !== row.state);
  }

  private rebuild(rows: readonly CallRow[], grouped: boolean): void {
    const nodes = new Map<string, CallNode>();
    const nodeOf = (row: CallRow): CallNode => {
      const node = this.nodes.get(row.callId) ?? { type: 'call', row };
      node.row = row;
      nodes.set(row.callId, node);
      return node;
    };
    if (grouped) {
      this.roots = groupByState(rows).map((group) => {
        const children = group.rows.map(nodeOf);
        const node: GroupNode = { type: 'group', state: group.state, label: group.label, children };
        for (const child of children) child.parent = node;
        return node;
      });
    } else {
      this.roots = rows.map(nodeOf);
      for (const node of this.roots as CallNode[]) node.parent = undefined;
    }
    this.nodes.clear();
    for (const [id, node] of nodes) this.nodes.set(id, node);
  }

  node(callId: string): CallNode | undefined {
    return this.nodes.get(callId);
  }

  getChildren(element?: CallsNode): CallsNode[] {
    if (!element) return this.roots;
    return element.type === 'group' ? [...element.children] : [];
  }

  getParent(element: CallsNode): CallsNode | undefined {
    return element.type === 'call' ? element.parent : undefined;
  }

  getTreeItem(element: CallsNode): vscode.TreeItem {
    return element.type === 'group' ? this.groupItem(element) : this.callItem(element.row);
  }

  private groupItem(group: GroupNode): vscode.TreeItem {
    const item = new vscode.TreeItem(group.label, vscode.TreeItemCollapsibleState.Expanded);
    const { icon, color } = stateIcon(group.state);
    item.id = `state:${group.state}`;
    item.description = String(group.children.length);
    item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    return item;
  }

  private callItem(row: CallRow): vscode.TreeItem {
    const item = new vscode.TreeItem(callLabel(row), vscode.TreeItemCollapsibleState.None);
    const { icon, color } = stateIcon(row.state);
    item.id = `call:${row.callId}`;
    item.description = callDescription(row, this.l10n);
    item.tooltip = callTooltip(row, this.l10n);
    item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
    item.contextValue = CALL_CONTEXT;
    item.accessibilityInformation = {
      // A screen reader reads the state the icon shows, in the language's own words and punctuation.
      label: this.l10n.t('{0}, state {1}, {2}', callLabel(row), row.stateLabel, callDescription(row, this.l10n)),
    };
    item.command = { command: REVEAL_CALL_COMMAND, title: this.l10n.t('Reveal the call'), arguments: [row.callId] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
