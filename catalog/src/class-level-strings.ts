/**
 * The class-level answer for a number the catalog does not know (index.ts, `explain`): what
 * RFC 3261 §8.1.3.2 says a client does with an unrecognised code, in each language. `{treatAs}` is
 * the registered code it is treated as ("400 Bad Request"), kept in English as on the wire.
 */
import { localised } from './l10n';

export const CLASS_LEVEL_WORDS = localised(
  {
    description:
      'An unregistered code in the {codeClass} {className} class; treat it as {treatAs}. No RFC or IANA registration defines {code}, so its meaning is private to whichever stack sent it.',
    whenItAppears:
      'Sent by a stack that uses a private or mistyped status code. RFC 3261 §8.1.3.2 tells a client to handle {rule}.',
    ruleProvisional: 'an unrecognised provisional response (other than 100) as 183 Session Progress',
    ruleFinal: 'an unrecognised final response as the x00 code of its class, here {treatAs}',
    findSender:
      "Find which element sent {code}: read the Server header of the response and the source address in the log line or capture (its Via headers only echo the request's path).",
    lookUp: "Look the code up in that product's documentation or source; it is not defined by any RFC.",
    handleAs: 'Handle it as {treatAs}, and ask the vendor to send a registered code instead.',
    shortFix: "unregistered code: handle as {treatAs}; ask the sender's vendor what it means",
    retry: 'Behave as for {treatAs}: {retry}',
    relatedNote: 'The registered code a client must treat {code} as.',
    origin: 'Not in the IANA registry and not one of the private codes the catalog knows.',
  },
  {
    description:
      '这是 {codeClass} {className} 类别中一个未在 IANA 登记的状态码，应按 {treatAs} 处理。没有任何 RFC 定义 {code}，它的含义只由发送它的协议栈自己决定。',
    whenItAppears: '由使用私有状态码或写错了状态码的协议栈发送。RFC 3261 §8.1.3.2 要求客户端 {rule}。',
    ruleProvisional: '把不认识的临时响应（100 除外）当作 183 Session Progress 处理',
    ruleFinal: '把不认识的最终响应当作其类别的 x00 状态码处理，这里就是 {treatAs}',
    findSender:
      '找出是哪个网元发送了 {code}：查看响应的 Server 头字段，以及日志行或抓包中的源地址（响应的 Via 头字段只是回显请求经过的路径）。',
    lookUp: '在该产品的文档或源码中查找这个状态码；没有任何 RFC 定义它。',
    handleAs: '按 {treatAs} 处理，并要求厂商改为发送已在 IANA 登记的状态码。',
    shortFix: '未在 IANA 登记的状态码：按 {treatAs} 处理，并向发送方厂商询问其含义',
    retry: '按 {treatAs} 的规则处理：{retry}',
    relatedNote: '客户端必须把 {code} 当作这个已在 IANA 登记的状态码处理。',
    origin: '未在 IANA 登记，也不是 SIP Lens 状态码库收录的私有状态码。',
  },
);
