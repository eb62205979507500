/**
 * The "key differences" lines of a comparison (compare-differences.ts), the reference page's
 * 主要区别. Each line opens with the aspect it compares ("Who sends it:", 谁发送：); the Chinese
 * lines put the code first and its verb after, as a Chinese sentence does.
 */
import { localised } from './l10n';
import type { CodeClass } from './types';

export const DIFFERENCE_WORDS = localised(
  {
    sameCode: '{a} and {b} are the same code: nothing differs between the two sides.',
    /** "4xx Client Failure, meaning <scope>". */
    classMeaning: '{codeClass} {className}, meaning {scope}',
    classOne: 'Class and scope: {code} is {meaning}.',
    classBoth: 'Class and scope: both are {meaning}.',
    classEach: 'Class and scope: {a} is {meaningA}. {b} is {meaningB}.',
    retryOne: 'Retry after {code}: {retry}',
    retryBoth: 'Retry after either: {retry}',
    retryEach: 'Retry after {a}: {retryA} After {b}: {retryB}',
    anySender: 'any SIP element',
    sentByOne: 'Who sends it: {code} usually comes from {senders}.',
    sentByBoth: 'Who sends it: both usually come from {senders}.',
    sentByEach: 'Who sends it: {a} usually comes from {sendersA}; {b} from {sendersB}.',
    anyMethod: 'any method',
    methodsOne: 'Typical methods: {code} answers {methods}.',
    methodsBoth: 'Typical methods: both answer {methods}.',
    methodsEach: 'Typical methods: {a} answers {methodsA}; {b} answers {methodsB}.',
    registrationBoth: 'Registration: both are registered with IANA; {a} is defined in {refA}, {b} in {refB}.',
    /** `{details}`: one `registered`, `unknown` or `notInRegistry` sentence per code. */
    registration: 'Registration: {details}',
    registered: '{code} is registered with IANA, defined in {ref}.',
    unknown:
      '{code} is not registered and the catalog does not know it; RFC 3261 §8.1.3.2 says to treat it as {treatAs}.',
    notInRegistry: '{code} is not in the IANA registry.',
    stirShaken: 'STIR/SHAKEN: {roles}',
    /** A STIR/SHAKEN note that does not start with its code. */
    stirShakenRole: '{code}: {text}',
    noStirShakenRole: '{code} has no STIR/SHAKEN role.',
    q850: 'Q.850 mapping (RFC 3398): {mappings}{warning}',
    /** `{from}` is `q850From` or nothing. */
    q850Mapping: '{code} {words}{from}.',
    q850From: '; {words}',
    q850Lost: ' Both become cause {cause}, so the difference is lost when the call crosses into ISUP or ISDN.',
    deprecation: 'Deprecation: {notes}',
    deprecated: '{code} is deprecated: {text}',
  },
  {
    sameCode: '{a} 与 {b} 是同一个状态码，两边没有任何区别。',
    classMeaning: '{codeClass} {className}，表示 {scope}',
    classOne: '类别与含义：{code} 属于 {meaning}。',
    classBoth: '类别与含义：两者都属于 {meaning}。',
    classEach: '类别与含义：{a} 属于 {meaningA}。{b} 属于 {meaningB}。',
    retryOne: '收到 {code} 后如何重试：{retry}',
    retryBoth: '两者的重试方式相同：{retry}',
    retryEach: '收到 {a} 后如何重试：{retryA} 收到 {b} 后：{retryB}',
    anySender: '任何 SIP 网元',
    sentByOne: '谁发送：{code} 通常来自 {senders}。',
    sentByBoth: '谁发送：两者通常都来自 {senders}。',
    sentByEach: '谁发送：{a} 通常来自 {sendersA}；{b} 来自 {sendersB}。',
    anyMethod: '任何方法',
    methodsOne: '典型方法：{code} 常见于 {methods} 的响应。',
    methodsBoth: '典型方法：两者都常见于 {methods} 的响应。',
    methodsEach: '典型方法：{a} 常见于 {methodsA} 的响应；{b} 常见于 {methodsB} 的响应。',
    registrationBoth: 'IANA 登记：两者都已在 IANA 登记；{a} 定义于 {refA}，{b} 定义于 {refB}。',
    registration: 'IANA 登记：{details}',
    registered: '{code} 已在 IANA 登记，定义于 {ref}。',
    unknown:
      '{code} 未在 IANA 登记，SIP Lens 的状态码库中也没有它；按 RFC 3261 §8.1.3.2，应当把它当作 {treatAs} 处理。',
    notInRegistry: '{code} 未在 IANA 登记。',
    stirShaken: 'STIR/SHAKEN：{roles}',
    stirShakenRole: '{code}：{text}',
    noStirShakenRole: '{code} 在 STIR/SHAKEN 中没有作用。',
    q850: 'Q.850 映射（RFC 3398）：{mappings}{warning}',
    q850Mapping: '{code} {words}{from}。',
    q850From: '；{words}',
    q850Lost: '两者都会变成原因值 {cause}，所以呼叫进入 ISUP 或 ISDN 后，这一区别就丢失了。',
    deprecation: '弃用：{notes}',
    deprecated: '{code} 已弃用：{text}',
  },
);

/** What a response of each class says about scope (RFC 3261 §21.1-21.6, §16.7 step 5). */
export const CLASS_SCOPE = localised<Readonly<Record<CodeClass, string>>>(
  {
    '1xx': 'the request is still being processed and a final response is still to come',
    '2xx': 'the request succeeded',
    '3xx':
      'the caller should try elsewhere: at the address(es) given in Contact, or, for 380, through the alternative services described in the body',
    '4xx':
      'a definite failure at this server for this request: it should not be resent unchanged, but a corrected request or the same request to another server may succeed',
    '5xx': 'the server itself failed: the request may be valid, and another server may handle it',
    '6xx':
      'the server has definitive information about the user, not just this device: do not try elsewhere, and a forking proxy should cancel its other branches',
  },
  {
    '1xx': '请求仍在处理中，最终响应还在后面',
    '2xx': '请求已成功',
    '3xx': '主叫应当改到别处尝试，即 Contact 中给出的地址；对于 380，则是消息体中描述的替代服务',
    '4xx': '这台服务器对这个请求给出了确定的失败，不应原样重发，但修正后的请求，或发往另一台服务器的同一请求，可能成功',
    '5xx': '服务器自身出了故障，请求本身可能有效，另一台服务器也许能处理',
    '6xx': '服务器掌握的是关于用户本身、而不只是这台设备的确定信息，不要再到别处尝试，分叉代理应当取消其他分支',
  },
);

/**
 * The elements the catalog's `sentBy` lists name (the same tokens in every locale), as the glossary
 * writes them in Chinese; abbreviations (UAS, B2BUA, SBC, PBX, P-CSCF) stay as they are.
 */
export const SENDER_NAMES = localised(
  {
    proxy: 'proxy',
    'edge proxy': 'edge proxy',
    registrar: 'registrar',
    'redirect server': 'redirect server',
    gateway: 'gateway',
    notifier: 'notifier',
    'presence server': 'presence server',
    'application server': 'application server',
    'URI-list server': 'URI-list server',
    relay: 'relay',
    'verification service': 'verification service',
    'STIR verifier': 'STIR verifier',
    'analytics engine': 'analytics engine',
    'UAC (local)': 'UAC (local)',
    PSAP: 'PSAP',
    ESC: 'ESC',
  },
  {
    proxy: '代理服务器',
    'edge proxy': '边缘代理',
    registrar: '注册服务器',
    'redirect server': '重定向服务器',
    gateway: '网关',
    notifier: '通知方',
    'presence server': '呈现服务器',
    'application server': '应用服务器',
    'URI-list server': 'URI 列表服务器',
    relay: '中转节点（relay）',
    'verification service': '验证服务',
    'STIR verifier': 'STIR 验证方',
    'analytics engine': '呼叫分析引擎',
    'UAC (local)': '本地 UAC',
    PSAP: 'PSAP（公共安全应答点）',
    ESC: 'ESC（事件状态合成器）',
  },
);
