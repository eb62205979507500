/**
 * The words every export of a ladder writes (plain text, SVG, Mermaid, PlantUML), in the diagram's
 * language. What the log wrote (addresses, labels, phrases) stays as written.
 */
import { localised } from '../l10n';

export const FLOW_EXPORT_STRINGS = localised(
  {
    title: 'Call flow',
    heading: 'Call flow: {state}',
    inferred: 'inferred',
    inferredAddress: '{address} (inferred)',
    setup: 'setup {value}',
    duration: 'duration {value}',
    offer: 'SDP offer',
    answer: 'SDP answer',
    retransmission: 'retransmission',
    repeats: 'sent {count} more times',
    leg: 'leg {index}: {callId} ({state})',
    linked: 'linked: {reason}',
    noArrows: 'No messages in this call.',
    legend: '{mark} retransmission; ×n: the message was sent n times',
  },
  {
    title: '呼叫流程',
    heading: '呼叫流程：{state}',
    inferred: '推断',
    inferredAddress: '{address}（推断）',
    setup: '建立时延 {value}',
    duration: '通话时长 {value}',
    offer: 'SDP offer（提议）',
    answer: 'SDP answer（应答）',
    retransmission: '重传',
    repeats: '又重传了 {count} 次',
    leg: '呼叫段 {index}：{callId}（{state}）',
    linked: '关联原因：{reason}',
    noArrows: '这个呼叫没有消息。',
    legend: '{mark} 表示重传；×n 表示该消息共发送了 n 次',
  },
);
