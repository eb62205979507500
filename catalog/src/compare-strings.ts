/**
 * The comparison's own sentences (compare.ts): its title, its summary, the "when to use which"
 * advice and its errors, plus the reference page's headings for the surfaces that render it
 * (主要区别, 何时使用哪个). The Chinese sentences are built in Chinese order, not the English one:
 * the class advice is a clause of its own (在…时发送) rather than the tail of "Send it ...".
 */
import { localised } from './l10n';
import type { CodeClass } from './types';

export const COMPARISON_HEADINGS = localised(
  {
    keyDifferences: 'Key differences',
    whenToUse: 'When to use which',
    sending: 'Sending or configuring a response',
    /** The CLI's shorter label for the same list ("Sending or configuring:"). */
    sendingShort: 'Sending or configuring',
    reading: 'Reading a log',
    learnMore: 'Learn more',
  },
  {
    keyDifferences: '主要区别',
    whenToUse: '何时使用哪个',
    sending: '发送或配置响应时',
    sendingShort: '发送或配置时',
    reading: '阅读日志时',
    learnMore: '了解更多',
  },
);

export const COMPARISON_WORDS = localised(
  {
    /** The reference page's own title keeps "vs" ("SIP 100 Trying vs 607 Unwanted") in Chinese too. */
    title: '{a} vs {b}',
    /** "4xx Client Failure". */
    classLabel: '{codeClass} {className}',
    summarySameCode: '{a} and {b} are the same code: a {classLabel} response.',
    summarySameClass: '{a} and {b} are both {classLabel} responses.',
    summaryDifferentClasses: '{a} is a {classA} response, while {b} is a {classB} response.',
    /** "486 Busy Here: <first sentence of its description>". */
    meaning: '{label}: {description}',
    sendIt: '{meaning} Send it {when}.',
    sendEither: 'Both are {codeClass}: send either {when}.',
    readIt: 'In a log, {code} (usually from {senders}) means: {shortFix}',
    notAStatusCode: '"{shown}" is not a SIP status code: enter a three-digit number from {min} to {max}, such as 486.',
    missingEntry: 'The SIP catalog has no entry for {code}, so it cannot be compared.',
  },
  {
    title: '{a} vs {b}',
    classLabel: '{codeClass} {className}',
    summarySameCode: '{a} 与 {b} 是同一个状态码，属于 {classLabel}。',
    summarySameClass: '{a} 和 {b} 都属于 {classLabel}。',
    summaryDifferentClasses: '{a} 属于 {classA}，而 {b} 属于 {classB}。',
    meaning: '{label}：{description}',
    sendIt: '{meaning} 应当 {when}。',
    sendEither: '两者都是 {codeClass}，发送规则相同：{when}。',
    readIt: '日志中的 {code}（通常来自 {senders}）表示：{shortFix}',
    notAStatusCode: '“{shown}”不是 SIP 状态码：请输入 {min} 到 {max} 之间的三位数字，例如 486。',
    missingEntry: 'SIP 状态码库中没有 {code} 的条目，无法比较。',
  },
);

/**
 * When to send a response of each class (RFC 3261 §21.1-21.6 and the proxy rules of §16.7): the
 * tail of "Send it ..." in English, a whole clause in Chinese.
 */
export const SEND_WHEN = localised<Readonly<Record<CodeClass, string>>>(
  {
    '1xx': 'while the request is still in progress, before its final response',
    '2xx': 'when the request succeeded',
    '3xx':
      'when the caller should try elsewhere: at the addresses you list in Contact, or, for 380, through alternative services you describe in the body',
    '4xx':
      'when the failure is specific to this request or this destination: the caller may correct the request or try other contacts',
    '5xx': 'when your server, not the request, is at fault: the caller may try another server',
    '6xx':
      'only when no other device or destination will do better: a 6xx ends the search, and a forking proxy should cancel its other branches',
  },
  {
    '1xx': '在请求仍在处理、最终响应尚未发出时发送',
    '2xx': '在请求成功时发送',
    '3xx': '在主叫需要改到别处尝试时发送，即尝试你在 Contact 中列出的地址；380 则是通过你在消息体中描述的替代服务',
    '4xx': '在失败只针对这个请求或这个目的地时发送，主叫可以修正请求，或尝试其他 Contact 地址',
    '5xx': '在问题出在你的服务器、而不在请求本身时发送，主叫可以改试另一台服务器',
    '6xx': '只在其他任何设备或目的地都不会有更好结果时发送；6xx 会结束查找，分叉代理应当取消其他分支',
  },
);
