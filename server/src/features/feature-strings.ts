/**
 * The words of the editor features: hover cards (around the catalog's own prose), the overflow
 * diagnostic, code action titles and the Outline. Protocol tokens (methods, Call-ID, reason
 * phrases, setting names) stay as on the wire in both languages; catalog prose and the rules'
 * finding messages are worded where they are made, not here.
 */
import { localised } from '../../../catalog/src/l10n';

/** The actions on a code: hover links and code action titles name them the same way. */
export const ACTION_STRINGS = localised(
  {
    explain: 'Explain {code}',
    compareWith: 'Compare with…',
    compareCode: 'Compare {code} with…',
    turnOff: 'Turn off diagnostics for {code}',
    showCallFlow: 'Show call flow',
  },
  {
    explain: '解释 {code}',
    compareWith: '与其他状态码比较…',
    compareCode: '将 {code} 与其他状态码比较…',
    turnOff: '关闭 {code} 的诊断',
    showCallFlow: '显示呼叫流程',
  },
);

/**
 * The hover card's own lines. `**…:**` labels keep a space after the closing `**`: Markdown only
 * ends bold after punctuation when a space or punctuation follows, which matters for `：`.
 */
export const HOVER_STRINGS = localised(
  {
    finding: '**In this log:** {message}. {verdict}',
    answersFinal: '**In this log:** answers {request}, its final response.',
    answersProvisional: '**In this log:** answers {request}, a provisional response.',
    failedHere: '**The call failed here.**',
    notTheFailure: 'Not what failed the call.',
    call: '**Call:** {parts}',
    formatLog: '{format} log',
    requestMissing: 'the request is not in this log',
    phraseSent: "*Sent as '{sent}'; the registered phrase is '{registered}'.*",
    q850Heading: '### Q.850 cause {cause}: {name}',
    q850UnknownHeading: '### Q.850 cause {cause}',
    q850Unknown: 'An ITU-T Q.850 cause value (not a SIP status code) that SIP Lens has no entry for.',
    q850Intro: 'An ISDN/ITU-T Q.850 cause carried in a Reason header (RFC 3326), **not** a SIP status code.',
    q850Unlisted:
      'RFC 3398 §7.2.4.1 does not list it; causes it does not list should become **500 Server Internal Error**.',
    q850NoStatus: 'RFC 3398 §7.2.4.1 gives it no SIP status code.',
    q850MapsTo: 'RFC 3398 §7.2.4.1 maps it to **{code}**. {explain}',
    // How the card's sections (titled by the catalog) are set: only the punctuation differs.
    section: '**{title}.** {text}',
    listSection: '**{title}.**',
    linesSection: '**{title}.** {lines}.',
    linesSeparator: '; ',
    relatedItem: '- **{label}**: {note}',
  },
  {
    finding: '**在本日志中：** {message}。{verdict}',
    answersFinal: '**在本日志中：** 这是对 {request} 的最终响应。',
    answersProvisional: '**在本日志中：** 这是对 {request} 的临时响应。',
    failedHere: '**呼叫在此失败。**',
    notTheFailure: '呼叫并非因此失败。',
    call: '**呼叫：** {parts}',
    formatLog: '{format} 日志',
    requestMissing: '请求不在本日志中',
    phraseSent: '*发送的原因短语是“{sent}”；已在 IANA 登记的原因短语是“{registered}”。*',
    q850Heading: '### Q.850 原因值 {cause}：{name}',
    q850UnknownHeading: '### Q.850 原因值 {cause}',
    q850Unknown: '一个 ITU-T Q.850 原因值（不是 SIP 状态码），SIP Lens 没有收录它。',
    q850Intro: 'Reason 头字段（RFC 3326）携带的 ISDN/ITU-T Q.850 原因值，**不是** SIP 状态码。',
    q850Unlisted: 'RFC 3398 §7.2.4.1 没有列出它；该表未列出的原因值应映射为 **500 Server Internal Error**。',
    q850NoStatus: 'RFC 3398 §7.2.4.1 没有为它指定 SIP 状态码。',
    q850MapsTo: 'RFC 3398 §7.2.4.1 将它映射为 **{code}**。{explain}',
    section: '**{title}：** {text}',
    listSection: '**{title}：**',
    linesSection: '**{title}：** {lines}。',
    linesSeparator: '；',
    relatedItem: '- **{label}**：{note}',
  },
);

/**
 * The notice at the top of a document when `sipLens.maxDiagnostics` left findings out (`One` when
 * there is a single finding in all, which only a cap of 0 hides), and the action that lifts the cap.
 * `{counts}` is `SEVERITY_COUNT_STRINGS` joined by its separator.
 */
export const DIAGNOSTIC_STRINGS = localised(
  {
    overflowOne:
      '{shown} of {total} finding shown (most severe first, sipLens.maxDiagnostics); {hidden} more: {counts}.',
    overflowMany:
      '{shown} of {total} findings shown (most severe first, sipLens.maxDiagnostics); {hidden} more: {counts}.',
    showAll: 'Show all findings for this document',
  },
  {
    overflowOne:
      '共 {total} 条诊断，已显示 {shown} 条（严重程度高的优先，sipLens.maxDiagnostics）；另有 {hidden} 条：{counts}。',
    overflowMany:
      '共 {total} 条诊断，已显示 {shown} 条（严重程度高的优先，sipLens.maxDiagnostics）；另有 {hidden} 条：{counts}。',
    showAll: '显示本文档的全部诊断',
  },
);

/** How many findings of one severity, as the overflow notice lists the hidden ones. */
export const SEVERITY_COUNT_STRINGS = localised(
  {
    errorOne: '{count} error',
    errorMany: '{count} errors',
    warningOne: '{count} warning',
    warningMany: '{count} warnings',
    informationOne: '{count} information',
    informationMany: '{count} information',
    hintOne: '{count} hint',
    hintMany: '{count} hints',
    separator: ', ',
  },
  {
    errorOne: '{count} 条错误',
    errorMany: '{count} 条错误',
    warningOne: '{count} 条警告',
    warningMany: '{count} 条警告',
    informationOne: '{count} 条信息',
    informationMany: '{count} 条信息',
    hintOne: '{count} 条提示',
    hintMany: '{count} 条提示',
    separator: '、',
  },
);

/** The Outline: the provider's name, and a call whose request never got a final response. */
export const SYMBOL_STRINGS = localised(
  {
    provider: 'SIP calls',
    noFinalResponse: 'no final response',
  },
  {
    provider: 'SIP 呼叫',
    noFinalResponse: '无最终响应',
  },
);
