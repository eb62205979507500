import type { CodeProse } from '../../types';

/**
 * 409、411、478、490、499 的简体中文说明：这些状态码未在 IANA 登记，但仍出现在实际日志中。
 * RFC 3261 §8.1.3.2 要求 UAC 把不认识的最终响应当作同类的 x00 处理，所以每条重试建议都写明这一点。
 */
export const UNREGISTERED_ZH: Readonly<Record<number, CodeProse>> = {
  409: {
    description:
      '请求与资源的当前状态冲突。RFC 2543 §7.4.10 定义它时主要针对 REGISTER：Contact 的 `action` 参数与已有注册冲突。RFC 3261 删除了它，它也从未在 IANA 登记，所以如今是私有状态码。',
    whenItAppears:
      '由 RFC 3261 之前的协议栈，以及沿用 HTTP 含义的部分注册服务器或应用服务器发送，通常回复 REGISTER（“绑定已存在”或“已从另一台设备注册”），或回复与状态变更相冲突的请求。',
    howToFix: [
      '根据 Server 或 User-Agent 头字段确定发送方，查阅其文档了解它所说的 409 是什么意思；该状态码目前没有标准含义。',
      '对于 REGISTER，查找同一 AOR 的相互竞争的绑定：同一个 Contact 用另一个 Call-ID 注册（重装或克隆的设备），或旧的 RFC 2543 `action=` Contact 参数。在注册服务器上清除过时的绑定。',
      '让客户端把 409 当作 400 处理（RFC 3261 §8.1.3.2），并要求厂商改发已登记的状态码（403、491，或带 Warning 的 500）。',
    ],
    shortFix: '已废弃的 RFC 2543 状态码：按 400 处理；REGISTER 时清除冲突或过时的绑定',
    retry: '按 400 处理：不要原样重发同一请求。先解决冲突的状态（例如过时的绑定），再重试。',
    related: {
      412: '412 是已登记的状态码，用于实体标签已不匹配的条件 PUBLISH；“冲突”实为条件不满足时用它。',
      491: '491 是已登记的状态码，用于同一对话上两个请求相撞；“冲突”实为事务重叠时用它。',
    },
    sentBy: ['registrar', 'UAS'],
    typicalMethods: ['REGISTER'],
    origin:
      'RFC 2543 §7.4.10（1999 年的 SIP）。RFC 3261 中已删除，从未在 IANA 登记；旧协议栈和沿用 HTTP 409 的服务器仍会发送。',
  },
  411: {
    description:
      '服务器拒绝没有 Content-Length 的请求。它定义于 RFC 2543 §7.4.12，被 RFC 3261 删除；RFC 3261 改为规定在 TCP、TLS 等流式传输上必须带 Content-Length（RFC 3261 §20.14）。',
    whenItAppears:
      '由旧协议栈或源自 HTTP 的服务器发送，回复经 TCP 或 TLS 传输但缺少 Content-Length 的请求，因为接收方无法判断消息在哪里结束。现代服务器会改为回复 400 或关闭连接。',
    howToFix: [
      '检查每条消息（尤其是经 TCP/TLS 的）都带有 Content-Length，且其值等于消息体的字节数（计入消息体内的 CRLF，不计消息体之前的空行）；没有消息体时为 `Content-Length: 0`。',
      '修正生成方：手工构造的消息和 SIPp 场景应当使用 SIPp 的 `[len]` 关键字，而不是写死的长度。',
      '把收到的 411 当作 400 处理（RFC 3261 §8.1.3.2）；请求必须先修正，而不是重复发送。',
    ],
    shortFix: '已废弃的 RFC 2543 状态码：加上正确的 Content-Length（TCP/TLS 上必须），按 400 处理',
    retry: '按 400 处理：加上正确的 Content-Length 之后再重发。',
    related: {
      400: '400 是 RFC 3261 服务器对缺失或错误的 Content-Length 的响应；411 是 RFC 2543 的说法。',
      413: '413 表示消息体太大；411 表示没有声明其长度。',
    },
    sentBy: ['UAS', 'proxy'],
    typicalMethods: [],
    origin: 'RFC 2543 §7.4.12。RFC 3261 中已删除，从未在 IANA 登记；见于旧协议栈或源自 HTTP 的协议栈。',
  },
  478: {
    description:
      '代理无法解析下一跳目的地：Request-URI 中的主机、路由或目的 URI 在 DNS 中无法解析。该状态码是 SER 系列代理私有的，不在任何 RFC 中。',
    whenItAppears:
      '由 Kamailio（以及 SER、OpenSER 和基于它们的 OpenIMS CSCF）在 `t_relay()` 或转发因地址无法解析而失败、且脚本用内部错误回复时生成（`sl_reply_error()` 或 tm 自己的响应）。原因短语常带有标明模块的后缀，例如“478 Unresolvable destination (478/TM)”或“(478/SL)”。',
    howToFix: [
      '弄清代理尝试解析的是哪个名字：Request-URI 的主机、最上面的 Route，或脚本或 dispatcher 设置的目的 URI（`$du`）。后缀（478/TM 或 478/SL）说明是哪个模块回复的。',
      '在代理主机上解析该名字：NAPTR 和 SRV 记录（`dig SRV _sip._udp.example.com`），然后是 A/AAAA；检查 /etc/resolv.conf 和代理的 DNS 缓存（`kamcmd dns.view`）。',
      '如果名字有拼写错误，或是 UA 发来的私有主机名（例如 `sip:100@pbx.local`），修正拨号方案或 UA 设置；如果是中继，修正中继主机。',
      '在路由脚本中显式处理转发失败（例如用自己的原因短语回复 404 或 503，或尝试下一个 dispatcher 目的地），不要把 478 泄露给主叫。',
    ],
    shortFix: '代理无法在 DNS 中解析下一跳：检查 Request-URI 主机、Route 和 $du',
    retry: '按 400 处理（RFC 3261 §8.1.3.2）：在名字可以解析或地址更正之前，不要向同一个 URI 重发。',
    related: {
      404: '404 表示已到达的域不认识该用户；478 表示连目的地都无法定位。',
      503: '503 表示已到达的服务器现在无法提供服务；478 表示代理无法解析请求该发往何处。',
    },
    sentBy: ['proxy'],
    typicalMethods: [],
    origin:
      'Kamailio/SER 系列（以及 OpenIMS CSCF）：代理核心对无法解析的下一跳地址给出的内部错误，由 tm 或 sl 模块转成响应。不在任何 RFC 中，也未在 IANA 登记。',
  },
  490: {
    description:
      '一个未完成的请求被更新的请求取代，其事务在本地结束。这是 pjsip 内部状态，没有 RFC 定义，本不应出现在线路上。',
    whenItAppears:
      '出现在基于 pjsip 的应用（pjsua、pjsua2 应用、基于 pjproject 的软电话）的日志和回调中：协议栈因更新的请求取代了旧请求而自行终止事务，例如 pjsip 事件订阅框架中的订阅刷新。',
    howToFix: [
      '确认它是本地的：在抓包中搜索 `SIP/2.0 490`。通常找不到，该状态码只出现在 pjsip 日志行或事务状态回调中。',
      '找出取代旧请求的新请求（同一对话、更大的 CSeq，例如 SUBSCRIBE 刷新）；如果它成功了，490 就无害。',
      '如果某个 pjsip 应用真的把 490 发到了线路上，说明它泄露了内部状态：按 400 处理，并报告给该应用的开发者。',
    ],
    shortFix: 'pjsip 内部状态：请求已被更新的请求取代；查看新的事务',
    retry: '被取代的事务无需重试；跟踪新的请求。如果是从线路上收到的，按 400 处理。',
    related: {
      491: '491 是已登记的状态码，由对端在对话上请求相撞时发送；490 是 pjsip 在本地记录它取代了自己的请求。',
      487: '487 结束被 CANCEL 取消的 INVITE，确实会发到线路上；490 是本地终止。',
    },
    sentBy: ['UAC (local)'],
    typicalMethods: ['SUBSCRIBE'],
    origin:
      'pjsip（pjproject）：在其状态码列表中定义为“Request Updated”，用于协议栈自行结束被取代的事务。不在任何 RFC 中，也未在 IANA 登记。',
  },
  499: {
    description:
      '没有任何 SIP 规范定义 499，它也未在 IANA 登记。它是一个不认识的 4xx，客户端必须按 400 处理（RFC 3261 §8.1.3.2）；发送方的本意只能向发送方了解。',
    whenItAppears:
      '偶尔见于私有或测试协议栈：SIP 一致性测试工具会发送“SIP/2.0 499 Error”，检查 UA 是否把不认识的 4xx 当作 400 处理。“Client Closed Request”这个短语是 nginx 的 HTTP 惯例；位于 HTTP 后端前面的 SIP 服务可能把这样的状态透传出来。',
    howToFix: [
      '根据最上面的 Via 以及 Server 或 User-Agent 头字段确定发送方，查阅其文档或源码了解它给 499 的私有含义。',
      '按 400 处理（RFC 3261 §8.1.3.2）。不要把它理解为取消：被 CANCEL 终止的 SIP 请求得到的是 487。',
      '如果发送方前面挂着 HTTP 路由或 webhook 服务，查看该服务的日志：那里的 HTTP 499 表示 HTTP 客户端放弃了等待，应对比其超时与后端的响应时间。',
    ],
    shortFix: '非标准状态码：按 400 处理，并向发送方厂商询问其含义',
    retry: '按 400 处理：不要原样重发同一请求，也不要把它当作取消。',
    related: {
      487: '487 是已登记的、对被 CANCEL 终止的 INVITE 的响应，相当于 SIP 中的“客户端关闭了请求”。',
      408: '408 是已登记的状态码，用于没有按时收到最终响应的请求。',
    },
    sentBy: ['UAS', 'proxy'],
    typicalMethods: [],
    origin:
      '非标准。没有任何 RFC 或 IANA 条目为 SIP 定义 499；它来自私有协议栈和测试工具。“Client Closed Request”是 nginx 的 HTTP 499，尚无已知的 SIP 协议栈发送这个短语。',
  },
};
