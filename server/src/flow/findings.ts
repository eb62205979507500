/** The rules' findings, each drawn on the arrow of the message whose text holds its offset. */
import type { SipMessage } from '../analysis/types';
import type { Finding } from '../rules/types';
import type { FlowFinding, FlowSeverity } from '../../../catalog/src/flow/model';

const SEVERITY_RANK: Readonly<Record<FlowSeverity, number>> = { error: 0, warning: 1, information: 2, hint: 3 };

/**
 * For each of `messages` (sorted by offset), the findings inside its extent, most severe first
 * (then in text order). One pass over the findings, a binary search each: linear in what is drawn.
 */
export function findingsByMessage(messages: readonly SipMessage[], findings: readonly Finding[]): FlowFinding[][] {
  const byMessage: FlowFinding[][] = messages.map(() => []);
  const sorted = messages
    .map((message, i) => ({ message, i }))
    .sort((a, b) => a.message.startOffset - b.message.startOffset);
  for (const finding of findings) {
    const at = containing(sorted, finding.offset);
    if (at === undefined) continue;
    (byMessage[at] as FlowFinding[]).push({
      rule: finding.rule,
      severity: finding.severity,
      message: finding.message,
      ...(finding.shortFix !== undefined ? { shortFix: finding.shortFix } : {}),
    });
  }
  for (const list of byMessage) list.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return byMessage;
}

function containing(sorted: ReadonlyArray<{ message: SipMessage; i: number }>, offset: number): number | undefined {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const { message, i } = sorted[mid] as { message: SipMessage; i: number };
    if (offset < message.startOffset) high = mid - 1;
    else if (offset >= message.endOffset) low = mid + 1;
    else return i;
  }
  return undefined;
}
