/**
 * The contract between the call-flow webview and the extension. The webview is untrusted: what it
 * posts goes through `parseFlowMessage` before the extension acts on it. Pure (no `vscode` import):
 * the webview script and the unit tests share it.
 */
import type { FlowDiagram, FlowLegSuggestion } from '../../../catalog/src/flow/model';
import type { FlowViewText } from './viewText';

/** What the webview posts to the extension. */
export type FlowWebviewMessage =
  | { readonly type: 'ready' }
  /** The user clicked an arrow or pressed Enter on it: reveal its message in the editor. */
  | { readonly type: 'reveal'; readonly arrow: number }
  | { readonly type: 'addLeg'; readonly callId: string }
  | { readonly type: 'export' };

/** What the extension posts to the webview. */
export type FlowHostMessage =
  | {
      readonly type: 'show';
      readonly diagram: FlowDiagram;
      readonly suggestions: readonly FlowLegSuggestion[];
      readonly text: FlowViewText;
      /** The arrow of the editor's cursor, when the cursor is in the call. */
      readonly highlight?: number;
    }
  /** The editor's cursor moved onto the message of this arrow (-1: onto none of them). */
  | { readonly type: 'highlight'; readonly arrow: number };

/** A Call-ID is at most a line of a log; anything longer is not one the server offered. */
const MAX_CALL_ID = 1000;
/** More arrows than any diagram holds: the extension checks the index against the diagram too. */
const MAX_ARROW = 10_000_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasExactKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const actual = Object.keys(value);
  return actual.length === keys.length && keys.every((key) => Object.prototype.hasOwnProperty.call(value, key));
}

/** The message if it is well-formed, otherwise undefined (the caller logs and ignores it). */
export function parseFlowMessage(raw: unknown): FlowWebviewMessage | undefined {
  if (!isRecord(raw)) return undefined;
  switch (raw.type) {
    case 'ready':
    case 'export':
      return hasExactKeys(raw, ['type']) ? { type: raw.type } : undefined;
    case 'reveal':
      return hasExactKeys(raw, ['type', 'arrow']) &&
        Number.isSafeInteger(raw.arrow) &&
        (raw.arrow as number) >= 0 &&
        (raw.arrow as number) < MAX_ARROW
        ? { type: 'reveal', arrow: raw.arrow as number }
        : undefined;
    case 'addLeg':
      return hasExactKeys(raw, ['type', 'callId']) &&
        typeof raw.callId === 'string' &&
        raw.callId.length > 0 &&
        raw.callId.length <= MAX_CALL_ID
        ? { type: 'addLeg', callId: raw.callId }
        : undefined;
    default:
      return undefined;
  }
}

/** A short description of a rejected message for the log: its type at most, never the payload. */
export function rejectedType(raw: unknown): string {
  return isRecord(raw) && typeof raw.type === 'string' ? raw.type.slice(0, 40) : typeof raw;
}

/**
 * The arrow whose message holds `line`: the last one starting at or before it, if it ends at or
 * after it (arrows are in log order, so a binary search). -1 when the line is in no message.
 */
export function arrowAtLine(diagram: FlowDiagram, line: number): number {
  const { arrows } = diagram;
  let low = 0;
  let high = arrows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((arrows[mid]?.line ?? 0) <= line) low = mid + 1;
    else high = mid;
  }
  const candidate = arrows[low - 1];
  return candidate && candidate.endLine >= line ? low - 1 : -1;
}
