/**
 * What the call-flow rules say, in every language SIP Lens speaks (issue 19). Protocol tokens stay
 * as on the wire in both: methods, `CSeq`, header names, reason phrases, RFC numbers, `realm`,
 * `nonce`, timer names. The Chinese templates put a space on both sides of every placeholder, as if
 * its value were Latin text; `say` (wording.ts) drops that space where the value begins or ends
 * with Chinese or full-width punctuation ("重试（CSeq 2）收到", not "重试（CSeq 2） 收到").
 */
import { localised } from '../../../catalog/src/l10n';

/** Finding messages, related-location messages and the short fixes the rules write themselves. */
export const FINDING_STRINGS = localised(
  {
    /** A request named by its CSeq: "INVITE (CSeq 102)". */
    withCSeq: '{name} (CSeq {cseq})',
    /** The name of a request whose method is unknown, inside a sentence. */
    theRequest: 'the request',
    /** The same, starting a related-location message. */
    request: 'Request',
    /** The retry with credentials after a challenge, before its CSeq. */
    theRetry: 'the retry',
    /** The related location of a response finding: the request it answers. */
    answeredByThis: '{request} answered by this response',
    /** The catalog's gist of a code, appended to a head while the row has room. */
    gist: ': {gist}',

    // Failed final responses (final-response-rules.ts).
    ends: '{label} ends {what}',
    alsoAnswered: '{label} also answered {what}',
    refusedToo: '; {retry} was refused too',
    noRetry: '; no retry with credentials follows',
    unregisteredReadAs: '; unregistered code, read as {treatedAs}',
    notASipCode: '; not a SIP code',
    challenged: '{label} challenged {what}',
    rejected: '{label} challenged {what} again: its credentials were rejected',
    checkCredentials: "credentials rejected: check this account's auth username, password and realm",
    cancelled: '{label} ends {what} after a CANCEL',
    cancelledFix: 'caller hung up, or a forking proxy cancelled this branch: usually normal',
    reChallenged: '{label} challenged {what} again; a later retry with credentials succeeded',
    reChallengedFix: 'fresh or second-realm credentials were wanted (stale nonce), not a wrong password',
    retryFollows: '; {retry} follows',
    theRetryFollows: '; the retry follows',
    retryGot: '; {retry} got {result}',
    theRetryGot: '; the retry got {result}',
    theRetrySucceeded: '; the retry succeeded',
    retryFailed: '; {retry} failed with {result}',
    theRetryFailedWith: '; the retry failed with {result}',
    theRetryFailed: '; the retry failed',
    retryFailedFix: 'the challenge was answered; the call failed at {result}: see that response',
    retryAnswered: '{result} answered {retry}',
    normalChallengeFix: 'digest challenge answered by a retry with credentials: nothing to fix',

    // Requests left without a final response (no-final-response-rule.ts).
    noResponse: '{name} got no response at all, though later messages of the call follow',
    noResponseFix: 'check the next hop is reachable (DNS, routing, firewall); Timer B gives up after 32 s',
    onlyProvisional: '{name} got only provisional responses',
    lastProvisional: ' (last: {last})',
    noFinal: ', no final response',
    silentInviteFix: "unless the capture ended early, find who went silent; a proxy's Timer C should CANCEL it",
    silentRequestFix: 'unless the capture ended early, find who never answered; Timer F gives up after 32 s',

    // Failures a log line reports (reported-failure.ts).
    reported: 'Log line reports {label}',
    reportedAfterCancel: 'Log line reports {label} after a CANCEL',
    loggedAgain: 'The same {code} logged again',

    // Remarks on the code itself (code-rules.ts).
    notAStatusCode: '{named} is not a SIP status code: they run from 100 to 699 (RFC 3261 §7.2)',
    privateNumberFix: "a number private to the stack that logged it: see that stack's documentation",
    notRegistered: '{named} is not a registered SIP code',
    notRegisteredObsolete: '{named} is not a registered SIP code (obsolete RFC 2543)',
    clientsReadAs: '; clients read it as {treatedAs}',
    sentAs: "{code} sent as '{sent}'",
    sentAsRegistered: "{code} sent as '{sent}' (registered: '{registered}')",
    codeNotPhrase: '; the code, not the phrase, says what happened',
    freeTextFix: 'reason phrases are free text (RFC 3261 §7.2): read the code, not the phrase',
  },
  {
    withCSeq: '{name}（CSeq {cseq}）',
    theRequest: '请求',
    request: '请求',
    theRetry: '重试',
    answeredByThis: '本响应回复的 {request}',
    gist: '：{gist}',

    ends: '{label} 结束了 {what}',
    alsoAnswered: '{label} 也回复了 {what}',
    refusedToo: '；{retry} 同样被拒',
    noRetry: '；之后没有带凭据的重试',
    unregisteredReadAs: '；状态码未在 IANA 登记，按 {treatedAs} 处理',
    notASipCode: '；这不是 SIP 状态码',
    challenged: '{label} 质询了 {what}',
    rejected: '{label} 再次质询 {what}：所带凭据被拒绝',
    checkCredentials: '凭据被拒绝：检查该账户的认证用户名、密码和 realm',
    cancelled: '{label} 在 CANCEL 之后结束了 {what}',
    cancelledFix: '主叫已挂机，或分叉代理取消了这个分支：通常属于正常情况',
    reChallenged: '{label} 再次质询 {what}；之后带凭据的重试成功了',
    reChallengedFix: '需要新的凭据（nonce 过期）或另一个 realm 的凭据，不是密码错误',
    retryFollows: '；之后有 {retry}',
    theRetryFollows: '；之后有重试',
    retryGot: '；{retry} 收到 {result}',
    theRetryGot: '；重试收到 {result}',
    theRetrySucceeded: '；重试成功',
    retryFailed: '；{retry} 以 {result} 失败',
    theRetryFailedWith: '；重试以 {result} 失败',
    theRetryFailed: '；重试失败',
    retryFailedFix: '质询已由重试回应；呼叫失败于 {result}：查看该响应',
    retryAnswered: '{result} 回复了 {retry}',
    normalChallengeFix: '摘要认证质询已由带凭据的重试回应：无需处理',

    noResponse: '{name} 没有收到任何响应，而该呼叫之后还有消息',
    noResponseFix: '检查下一跳是否可达（DNS、路由、防火墙）；Timer B 在 32 s 后放弃',
    onlyProvisional: '{name} 只收到临时响应',
    lastProvisional: '（最后一个：{last}）',
    noFinal: '，没有最终响应',
    silentInviteFix: '除非抓包提前结束，否则找出是谁不再响应；代理服务器的 Timer C 应当发 CANCEL 取消它',
    silentRequestFix: '除非抓包提前结束，否则找出是谁一直没有响应；Timer F 在 32 s 后放弃',

    reported: '日志行报告了 {label}',
    reportedAfterCancel: '日志行在 CANCEL 之后报告了 {label}',
    loggedAgain: '同一个 {code} 再次被记录',

    notAStatusCode: '{named} 不是 SIP 状态码：状态码的范围是 100 到 699（RFC 3261 §7.2）',
    privateNumberFix: '这是记录它的协议栈私有的数字：查阅该协议栈的文档',
    notRegistered: '{named} 是未在 IANA 登记的 SIP 状态码',
    notRegisteredObsolete: '{named} 是未在 IANA 登记的 SIP 状态码（出自已废弃的 RFC 2543）',
    clientsReadAs: '；客户端按 {treatedAs} 处理',
    sentAs: '{code} 的原因短语是“{sent}”',
    sentAsRegistered: '{code} 的原因短语是“{sent}”（登记的是“{registered}”）',
    codeNotPhrase: '；发生了什么看状态码，不看原因短语',
    freeTextFix: '原因短语是自由文本（RFC 3261 §7.2）：看状态码，不看原因短语',
  },
);

/** The problems `sipLens.diagnostics.severity` can have (overrides.ts), for the server to show. */
export const SEVERITY_SETTING_STRINGS = localised(
  {
    notAnObject: '{setting} must be an object such as { "480": "information" }; got {got}.',
    badKey: '{setting}: ignored key "{key}": use a class (1xx-6xx), a status code (100-699) or a rule id ({ruleIds}).',
    badValue: '{setting}: ignored "{key}": {value} is not one of {allowed}.',
    anArray: 'an array',
    anObject: 'an object',
  },
  {
    notAnObject: '{setting} 必须是对象，例如 { "480": "information" }；实际是 {got}。',
    badKey: '{setting}：已忽略键“{key}”：请使用类别（1xx-6xx）、状态码（100-699）或规则 ID（{ruleIds}）。',
    badValue: '{setting}：已忽略“{key}”：{value} 不是 {allowed} 之一。',
    anArray: '数组',
    anObject: '对象',
  },
);

/**
 * What each rule reports, in one line: the rule list of `sip-lens check --format sarif` (its
 * shortDescription). Rule ids stay as they are in both languages; a rule missing here does not compile.
 */
export const RULE_SUMMARIES = localised(
  {
    'final-server-failure': 'A final 5xx response: a server failed the request.',
    'final-global-failure': 'A final 6xx response: the request will fail wherever it is sent.',
    'final-client-failure': 'A final 4xx response that ends a transaction.',
    'auth-rejected': 'A 401/407 challenge to a request that already carried credentials.',
    'auth-challenge': 'A 401/407 challenge answered by a retry with credentials that went through.',
    'request-terminated': 'A 487 Request Terminated to an INVITE that was CANCELled.',
    'reported-failure': 'A log line at an error or warning level that names a final 4xx, 5xx or 6xx.',
    'reported-request-terminated': 'A log line reporting a 487 on or after a line that names a CANCEL.',
    'no-final-response': 'A request with no final response by the end of the log.',
    'unregistered-code': 'A status code no RFC registers, outside a failed final response.',
    'nonstandard-phrase': 'A reason phrase that differs from the registered one.',
    'diagnostics-capped': 'Findings past --max-diagnostics, counted in one notice.',
  },
  {
    'final-server-failure': '5xx 最终响应：服务器未能处理该请求。',
    'final-global-failure': '6xx 最终响应：该请求发往任何地方都会失败。',
    'final-client-failure': '结束事务的 4xx 最终响应。',
    'auth-rejected': '对已携带凭据的请求再次发出 401/407 质询。',
    'auth-challenge': '401/407 质询之后，携带凭据的重试已成功。',
    'request-terminated': '对已被 CANCEL 的 INVITE 回复 487 Request Terminated（请求已终止）。',
    'reported-failure': '错误或警告级别的日志行提到 4xx、5xx 或 6xx 最终响应。',
    'reported-request-terminated': '日志行在提到 CANCEL 的行上或其后报告 487。',
    'no-final-response': '到日志结束时仍没有最终响应的请求。',
    'unregistered-code': '没有任何 RFC 登记的状态码（失败的最终响应除外）。',
    'nonstandard-phrase': '与登记的原因短语不同的原因短语。',
    'diagnostics-capped': '超出 --max-diagnostics 的诊断，合计为一条通知。',
  },
);
