/**
 * The call flow's own words (server side): why a leg looks like part of the same call, and the
 * column of the node that wrote the log when the log names only the far end.
 */
import { localised } from '../../../catalog/src/l10n';

export const LEG_REASON_STRINGS = localised(
  {
    xCid: 'X-CID header carries the other leg’s Call-ID: {callId}',
    b2bSuffix: 'the Call-ID differs only by a B2BUA suffix: {suffix}',
    icid: 'same icid-value in P-Charging-Vector: {icid}',
    sessionId: 'same Session-ID UUID (RFC 7989): {uuid}',
    timing: 'leaves the same B2BUA ({address}) within {ms} ms, to the same called number {number}',
  },
  {
    xCid: 'X-CID 头携带另一个呼叫段的 Call-ID：{callId}',
    b2bSuffix: 'Call-ID 只差一个 B2BUA 后缀：{suffix}',
    icid: 'P-Charging-Vector 中的 icid-value 相同：{icid}',
    sessionId: 'Session-ID 的 UUID 相同（RFC 7989）：{uuid}',
    timing: '在 {ms} ms 内经同一个 B2BUA（{address}）发出，被叫号码相同：{number}',
  },
);

export const FLOW_ENDPOINT_STRINGS = localised(
  { loggingNode: 'this node (wrote the log)', unknown: 'unknown' },
  { loggingNode: '本节点（写日志的一方）', unknown: '未知' },
);
