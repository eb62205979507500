import type { CodeProse } from '../../types';

/** 400-416 的简体中文说明，依据 RFC 3261 §21.4 撰写（对应 en/codes-400-416.ts）。 */
export const CLIENT_FAILURE_400_416_ZH: Readonly<Record<number, CodeProse>> = {
  400: {
    description:
      '请求语法有误，无法理解（RFC 3261 §21.4.1）。原因短语应当说明错在哪里，例如“400 Missing Call-ID”；问题出在请求本身，而不在服务器。',
    whenItAppears:
      '由解析请求失败的网元发送，可能是代理服务器、SBC、注册服务器、B2BUA 或 UAS 本身，任何方法都可能遇到。常见原因：缺少必需的头字段（To、From、Call-ID、CSeq、Via、Max-Forwards），CSeq 中的方法与请求方法不一致，Content-Length 与消息体不符（常因 UDP 数据报被截断），或路由器的 SIP ALG 在途中改写了消息。',
    howToFix: [
      '读 400 的原因短语和 Warning 头字段（如有）：大多数协议栈会在其中指出有问题的头字段或取值。',
      '在发送端和接收端分别抓包（两端都用 sngrep 或 tcpdump）；如果两份请求不同，说明 ALG、SBC 或 NAT 设备改写了它，请关闭路由器的 SIP ALG。',
      '比较 Content-Length 与消息体的实际大小；UDP 上超过约 1300 字节的请求有分片风险，应把这条路径改用 TCP（RFC 3261 §18.1.1）。',
      '逐项目测基本要素：CSeq 方法与请求方法一致，Via branch 以 z9hG4bK 开头，From 带 tag，带参数的 URI 用尖括号括起来。',
    ],
    shortFix: '请求格式错误：从原因短语/Warning 找出坏的头字段，对比发送和接收的消息',
    retry: '不要原样重发：4xx 表示请求必须先修改（RFC 3261 §21.4）。修正语法后发送新请求。',
    related: {
      403: '403 表示请求已被理解但被拒绝；400 表示请求根本无法理解。',
      415: '415 表示消息能解析，但消息体类型或编码不受支持；400 是语法错误。',
      500: '500 是服务器在处理合法请求时出错；400 把责任归于请求。',
    },
    sentBy: ['proxy', 'registrar', 'UAS', 'B2BUA'],
    typicalMethods: [],
  },
  401: {
    description:
      '请求需要用户认证（RFC 3261 §21.4.2）。响应带有 WWW-Authenticate 头字段，其中是摘要认证质询（realm、nonce，可选的 qop 和 algorithm）；客户端用带 Authorization 头字段的同一请求来回应（RFC 3261 §22）。',
    whenItAppears:
      '由注册服务器或 UAS（PBX、软交换、开启了认证的话机）发送，最常见于终端的第一个 REGISTER，以及 INVITE、SUBSCRIBE 或 MESSAGE。先收到一个 401、再发带 Authorization 的同一请求、然后得到 200，这是正常的摘要认证握手，不是故障；只有带认证的重试再次被质询、或根本没有发出重试时，才是故障。',
    howToFix: [
      '找到重试请求：Call-ID 相同、CSeq 加一、带 Authorization 头字段。如果没有，说明 UA 没有这个 realm 的凭据（Asterisk 中继或注册请检查其 `outbound_auth`）。',
      '如果重试又被质询，比较 Authorization 中的 username 和 realm 与服务器上的账户；realm 必须取自本次 WWW-Authenticate，而不是本地配置的猜测值。',
      '如果新的质询带 stale=true，说明密码正确，只是 nonce 过期：UA 应当用新 nonce 重新计算，无需询问用户。',
      '检查摘要字段：uri 参数应当是服务器收到的 Request-URI（不一致时服务器可以拒绝；RFC 2617 §3.2.2.5），qop=auth 需要 nc 和 cnonce，算法（MD5 或 SHA-256，RFC 8760）必须是双方都支持的。',
    ],
    shortFix: '摘要认证质询：带该 realm 的 Authorization 重发；再次收到 401 说明凭据错误',
    retry:
      '用针对被质询的 realm 和 nonce 计算的 Authorization 头字段重试一次。如果再次被质询且没有 stale=true，说明凭据错误：停止，不要循环重试。',
    related: {
      407: '407 来自代理服务器，带 Proxy-Authenticate，用 Proxy-Authorization 回应；401 来自 UAS 或注册服务器，带 WWW-Authenticate，用 Authorization 回应。',
      403: '403 是拒绝，什么凭据都改变不了；401 是在索要凭据。',
    },
    sentBy: ['UAS', 'registrar'],
    typicalMethods: ['REGISTER', 'INVITE', 'SUBSCRIBE', 'MESSAGE'],
  },
  402: {
    description:
      '保留供将来使用（RFC 3261 §21.4.3）：SIP 没有为它定义任何含义。但有些运营商和与计费系统联动的软交换仍会发送它，表示账户余额不足或因欠费被停用。',
    whenItAppears:
      '出现在发往预付费或与计费集成的运营商的出局 INVITE 上，当计费引擎拒绝该呼叫时，由运营商的软交换或 B2BUA 发送。由于用法不标准，原因短语是判断运营商意图的最佳线索。',
    howToFix: [
      '读原因短语以及 Warning 或 Reason 头字段（如有）：发送 402 的运营商通常会写“insufficient balance”、“account suspended”之类的说明。',
      '在运营商门户中检查账户余额和状态，以及是否达到了按目的地或按天的消费上限。',
      '检查该呼叫是按哪个计费账户计费的：错误的技术前缀、中继凭据或主叫号码可能会选中另一个余额为空的账户。',
      '如果运营商把 402 用于其他含义，向他们询问；它在 SIP 中没有可以参照的既定语义。',
    ],
    shortFix: '运营商因计费原因拒绝：检查账户余额、消费上限和实际计费账户',
    retry: '计费问题解决之前不要重试；改走另一家运营商的备用路由是合理的。',
    related: {
      403: '403 是一般性的策略拒绝；402（如有人使用）专指付费或信用额度问题。',
      603: '603 是被叫用户拒接；402 是主叫自己的运营商拒绝为该呼叫计费。',
    },
    sentBy: ['proxy', 'B2BUA'],
    typicalMethods: ['INVITE'],
  },
  403: {
    description:
      '服务器理解了请求，但拒绝执行；提供授权也无济于事，请求不应当重复发送（RFC 3261 §21.4.4）。STIR 验证服务在请求的 Date 头字段早于其新鲜度策略允许的范围时，也会回 403，原因短语为“Stale Date”（RFC 8224 §6.2.2，在 §6.2 的第 4 步检查，建议值为 60 s）；iat 同样过旧的完整形式 PASSporT 也可能得到同样的响应。',
    whenItAppears:
      '当策略不允许时，由注册服务器、代理服务器、SBC 或 UAS 对任何方法发送：来自不允许来源的 REGISTER，或摘要响应错误之后（很多服务器对错误密码回 403，而不是新的 401）；来自不在中继白名单上的 IP 的 INVITE；呼叫被禁止的目的地（国际、高额付费号码）；或使用运营商未分配的主叫号码。网关把 Q.850 原因值 21、55、57 和 87 映射为 403，并把 403 映射回原因值 21（call rejected，呼叫拒绝）。',
    howToFix: [
      '读原因短语：它常会点明所依据的策略，如“IP not allowed”、“Wrong password”或“Stale Date”。',
      '如果被拒绝的请求带有 Authorization 或 Proxy-Authorization，说明凭据本身被拒：检查用户名、密码以及账户是否已启用。',
      '如果之前没有收到质询，检查基于源地址的策略：Asterisk pjsip 的 `type=acl` 段（`permit`/`deny`）、Kamailio `allow_source_address()`（permissions 模块）或 FreeSWITCH profile 的 `apply-inbound-acl`。',
      '对于运营商拒绝的出局呼叫，检查目的地是否属于你被允许的呼叫类别，以及 From/P-Asserted-Identity 中是否是运营商分配给你的号码。',
      '对“403 Stale Date”，比较被拒请求的 Date 头字段与验证方收到它的时间：写入 Date 的网元（主叫 UA，或重新发起呼叫的 B2BUA）需要准确的时钟（NTP）；B2BUA 若把已等待过一段时间（在 IVR 或队列中）的呼叫的 Date 复制到新呼叫段上，就会发出过时的 Date。使用完整形式 PASSporT 时，用同样方法检查其 iat，并确认它是在发送时签名的。',
    ],
    shortFix: '被策略拒绝，与凭据无关：先读原因短语，再检查 ACL、账户和主叫号码',
    retry:
      '不要重试：重新认证无济于事（RFC 3261 §21.4.4）。先修改请求（账户、目的地、主叫号码）或服务器的策略；对“Stale Date”，发送带当前 Date 头字段和新签名 PASSporT 的新请求。',
    related: {
      401: '401 是质询，提供凭据即可满足；403 是拒绝，凭据改变不了。',
      407: '407 是代理服务器在索要凭据；403 是在认证之后（或无论是否认证）的拒绝。',
      603: '603 是被叫用户拒接；403 是服务器或网络策略拒绝该请求。',
      404: '404 表示该用户在此域中不存在；403 表示请求不被允许，无论用户是否存在。',
    },
    sentBy: ['registrar', 'proxy', 'UAS', 'B2BUA', 'STIR verifier'],
    typicalMethods: [],
  },
  404: {
    description:
      '服务器确切地知道该用户在 Request-URI 的域中不存在，或者该域本身不归这个服务器处理（RFC 3261 §21.4.5）。',
    whenItAppears:
      '由没有该 AOR 记录的代理服务器或注册服务器发送，由拨号方案中没有匹配分机的 PBX 发送，也由网络报告空号时的 PSTN 网关发送（Q.850 原因值 1、2、3 和 26 映射为 404；404 映射回原因值 1）。常见于 INVITE、MESSAGE 和 SUBSCRIBE。',
    howToFix: [
      '检查到达时 Request-URI 的用户部分：号码格式（+E.164、国内格式、前导 0 或 1、技术前缀）必须符合目的地的要求。',
      '检查主机部分：必须是服务器视为本地的域（Kamailio `is_myself()` 或 domain 模块），而不是它不认识的 IP 或别名。',
      '在 PBX 上，确认呼叫进入的 context 中有该号码的分机（Asterisk 中查看 endpoint 的 `context` 和 `dialplan show`）。',
      '如果带有 Reason: Q.850;cause=1 头字段，说明 PSTN 报告该号码为空号：核实号码，而不是你的路由。',
    ],
    shortFix: '该域中无此用户：对照拨号方案检查号码格式和 Request-URI 的域',
    retry: '不要对同一 Request-URI 重发；先改正号码或域。与 604 不同，其他服务器可能仍认识该用户。',
    related: {
      604: '604 表示该用户在任何地方都不存在；404 只代表这个域。',
      480: '480 表示用户存在但现在无法联系；404 表示不认识该用户。',
      410: '410 表示该用户曾经存在、已永久离开；404 对过去不作任何断言。',
      484: '484 表示号码不完整，还需要更多位数；404 表示完整地址匹配不到任何人。',
    },
    sentBy: ['proxy', 'registrar', 'UAS', 'gateway'],
    typicalMethods: ['INVITE', 'MESSAGE', 'SUBSCRIBE'],
  },
  405: {
    description:
      '方法能被理解，但不允许用于 Request-URI 中的地址（RFC 3261 §21.4.6）。响应必须带 Allow 头字段，列出允许的方法。',
    whenItAppears:
      '由认识该方法、但在该地址上不接受它的 UAS、PBX 或注册服务器发送：向不支持 presence 的设备发送 presence 的 SUBSCRIBE，向允许方法中不含 MESSAGE 或 REFER 的中继或 SBC 发送这两个方法，向不是事件状态合成器（ESC）的服务器发送 PUBLISH。网关把它映射为 Q.850 原因值 63（service or option not available，业务或任选项不可用）。',
    howToFix: [
      '读 405 的 Allow 头字段，与被拒绝的方法比较。',
      '产生 405 的原因，是该方法不在服务器对该地址允许的方法列表中，而服务器必须在 Allow 中返回这个列表（RFC 3261 §21.4.6）。如果对端应当接受该方法，就在对端把它加进这个列表（例如 SBC 或 B2BUA 中过滤方法的“允许方法”设置）。按策略拒绝请求的功能开关会返回其他状态码，不要在 405 背后找它们：例如 Asterisk pjsip 在 `allow_subscribe` 或 `allow_transfer` 关闭时返回 603。',
      '如果该方法是可选的，就不要再向那个对端发送，例如对拒绝 OPTIONS 的设备改用 CRLF 保活。',
      '检查 Request-URI：对用户 AOR 允许的方法，发往业务或会议 URI 时可能被拒绝。',
    ],
    shortFix: '此 URI 不允许该方法：改用 Allow 中列出的方法，或在对端允许的方法中加上它',
    retry: '不要向该 URI 重复同一方法；改用 Allow 头字段中列出的方法。',
    related: {
      501: '501 表示服务器根本没有实现该方法；405 表示认识该方法，但对这个 URI 拒绝使用。',
      489: '489 回复的是事件包未知的 SUBSCRIBE；405 拒绝的是方法本身。',
    },
    sentBy: ['UAS', 'registrar', 'B2BUA'],
    typicalMethods: ['SUBSCRIBE', 'MESSAGE', 'PUBLISH', 'REFER', 'OPTIONS'],
  },
  406: {
    description: '该资源只能生成请求的 Accept 头字段所不接受的内容类型的响应消息体（RFC 3261 §21.4.7）。',
    whenItAppears:
      '实际中少见。当 SUBSCRIBE 或 OPTIONS 的 Accept 头字段只列出 UAS 或呈现服务器无法生成的格式时，由它们发送，例如观察方只接受 application/pidf+xml，而服务器生成的是另一种 presence 格式。网关把它映射为 Q.850 原因值 79。',
    howToFix: [
      '比较请求的 Accept 头字段与服务器能生成的消息体类型（查其文档，或看它在自己的请求中发送的 Accept）。',
      '在客户端的 Accept 列表中加入服务器能生成的格式。',
      '对 SUBSCRIBE，检查 Event 与 Accept 是否配套：presence 对应 application/pidf+xml，dialog 对应 application/dialog-info+xml，message-summary 对应 application/simple-message-summary。',
      '如果问题是 SDP 编解码器不匹配，应看 488：406 只与 Accept 有关。',
    ],
    shortFix: '服务器无法生成 Accept 中的任何类型：放宽 Accept，或使其与 Event 匹配',
    retry: '只有在 Accept 头字段包含服务器能生成的格式时才重试。',
    related: {
      488: '488 拒绝的是 SDP offer（提议），即编解码器和媒体；406 关乎响应消息体的 Accept 头字段。',
      415: '415 拒绝的是请求自身的消息体类型；406 拒绝的是客户端可接受的响应类型。',
      606: '606 表示会话描述在所有终端都不可接受；406 只涉及这个服务器和 Accept 头字段。',
    },
    sentBy: ['UAS', 'presence server'],
    typicalMethods: ['SUBSCRIBE', 'OPTIONS'],
  },
  407: {
    description:
      '与 401 类似，但客户端必须先向代理服务器认证（RFC 3261 §21.4.8）。代理服务器发送带摘要认证质询的 Proxy-Authenticate 头字段；客户端带 Proxy-Authorization 头字段重发该请求（RFC 3261 §22.3）。',
    whenItAppears:
      '由代理服务器或充当代理的 B2BUA 发送，通常针对每个新的对话外 INVITE，以及 SUBSCRIBE、MESSAGE 或 REFER：运营商边缘代理、使用 `proxy_challenge()` 的 Kamailio/OpenSIPS、对注册用户的呼叫发起质询的 FreeSWITCH。先收到一个 407、再发带认证的 INVITE，是正常流程。',
    howToFix: [
      '检查重试用的是 Proxy-Authorization，而不是 Authorization：用错头字段回应 407 的 UA 会被无休止地质询。',
      '检查是否对 407 发了 ACK，以及重试的 INVITE 是否保持 Call-ID 和 From tag 不变、CSeq 加一。',
      '路径上有多个代理服务器时，每个都可能用自己的 realm 质询：重试需要为每个被质询的 realm 各带一个 Proxy-Authorization。',
      '对中继，配置出局凭据（Asterisk pjsip endpoint `outbound_auth`、FreeSWITCH gateway `username`/`password`）；如果运营商改用 IP 认证，持续收到 407 说明你的源地址不在其列表中。',
    ],
    shortFix: '代理服务器质询：按 Proxy-Authenticate 中的 realm 带 Proxy-Authorization 重发',
    retry: '为每个被质询的 realm 带 Proxy-Authorization 重试一次。再次收到 407 且没有 stale=true，说明凭据错误：停止。',
    related: {
      401: '401 来自 UAS 或注册服务器，带 WWW-Authenticate，用 Authorization 回应；407 来自代理服务器，用 Proxy-Authorization 回应。',
      403: '403 不接受任何凭据；407 正在等待凭据。',
    },
    sentBy: ['proxy', 'B2BUA'],
    typicalMethods: ['INVITE', 'SUBSCRIBE', 'MESSAGE', 'REFER'],
  },
  408: {
    description:
      '服务器未能在合适的时间内给出最终响应，例如没能及时找到用户（RFC 3261 §21.4.9）。这是服务器侧的定时器到期，而不是客户端观察到的网络超时。',
    whenItAppears:
      '由代理服务器在其 INVITE 定时器到期时发送：被叫一直振铃无人接听，直到配置的无应答定时器触发（Kamailio tm `fr_inv_timer`；按 RFC 3261 §16.8，对已发过临时响应的分支则会改为 CANCEL 该分支），或下一跳根本没有响应（Kamailio tm `fr_timer`；§16.8 把这样的分支视为收到了 408）。注册服务器在后端太慢时也会发送。很多 UA 在自己的事务超时（Timer B 或 F，32 s）时，也会在日志中记一个自己生成的“408”；那个 408 从未出现在线路上。Q.850 原因值 18 映射为 408，408 映射为原因值 102。',
    howToFix: [
      '先判断是谁产生的：作为消息收到的 408（带 To tag，常带生成者的 Server 头字段）来自下游的定时器；只出现在 UA 自己日志中、线路上什么也没收到的 408，表示根本没有响应到达 UA。',
      '如果之前收到了 180 Ringing，说明被叫振铃超时无人接：调大代理服务器的无应答定时器，或增加无应答转语音信箱。',
      '如果没有收到任何临时响应，说明下一跳不可达：检查位置表中过时的 Contact、已注册话机的 NAT 保活，以及 DNS SRV 目标。',
      '对本地生成的 408，在线路上抓包：请求发出去了吗？响应是否发到了错误的端口（检查 rport 和 Via 的 sent-by）？',
    ],
    shortFix: '未及时收到最终响应：判断是下游定时器还是你自己的事务超时',
    retry:
      '客户端可以稍后不作修改地重发请求（RFC 3261 §21.4.9）；对 INVITE，最好先换一个 contact 或路由，不要紧密循环重试。',
    related: {
      504: '504 表示它所咨询的服务器（DNS、位置服务、下一个服务器）没有及时响应；408 表示请求本身没有得到最终响应。',
      480: '480 表示被叫已知但暂时不可用；408 表示没有及时得到任何决定性的响应。',
      487: '487 出现在 CANCEL 之后，是主叫先放弃了；408 是服务器定时器到期，没有 CANCEL。',
    },
    sentBy: ['proxy', 'registrar', 'B2BUA'],
    typicalMethods: ['INVITE', 'REGISTER'],
  },
  410: {
    description:
      '该用户曾经存在，但已不能在此服务器上找到，也不知道转发地址，并且预计是永久性的（RFC 3261 §21.4.10）。无法判断是否永久的服务器应当改发 404。',
    whenItAppears:
      '由代理服务器、注册服务器或 PSTN 网关针对已注销的账户或已停机的号码发送。网关把 Q.850 原因值 22（number changed，号码改变）和 23（redirection to new destination，重定向到新目的地）映射为 410，并把 410 映射回原因值 22。常见于 INVITE 和 MESSAGE。',
    howToFix: [
      '把它当作号码簿问题处理：在联系人、快速拨号和路由表中删除或更新该号码。',
      '如果带有 Reason: Q.850;cause=22，说明号码已改：去获取新号码（网络可能会在早期媒体中播报）。',
      '如果该号码本应可用（最近刚做过号码携带），检查号码携带查询和运营商路由：过时的号码携带数据会把呼叫送到原运营商，而原运营商回 410。',
      '在你自己的 PBX 上，检查 DID 或分机是否在仍对外公布时就被删除了。',
    ],
    shortFix: '号码或用户已永久不存在：更新号码簿条目，或检查号码携带数据',
    retry: '不要重试：情况是永久性的。改为更新地址。',
    related: {
      404: '404 表示此处不认识该用户；410 表示该用户曾经存在、已永久离开。',
      301: '301 在 Contact 中给出新的永久地址；410 不知道任何转发地址。',
      604: '604 表示该用户在任何地方都不存在；410 只代表这个服务器。',
    },
    sentBy: ['proxy', 'registrar', 'gateway', 'UAS'],
    typicalMethods: ['INVITE', 'MESSAGE'],
  },
  412: {
    description:
      '条件请求失败（RFC 3903 §11.2.1）：PUBLISH 请求的 SIP-If-Match 头字段中的实体标签（entity-tag）与事件状态合成器（ESC）保存的任何发布都不匹配，原因是它未知或已过期。',
    whenItAppears:
      '由事件状态合成器（呈现服务器，如 Kamailio 的 presence 模块，或 IMS 呈现服务器）发送，回复刷新、修改或删除先前状态的 PUBLISH：发布在刷新前已过期，服务器重启丢失了状态，集群把刷新发到了没有该状态的节点，或客户端重用了旧的实体标签。',
    howToFix: [
      '比较 SIP-If-Match 与最近一次对 PUBLISH 的 200 OK 中的 SIP-ETag：每个成功的 PUBLISH 都返回新的实体标签，下一个请求必须使用它。',
      '对照 200 OK 中的 Expires 检查刷新时机（服务器可能缩短请求的值）；刷新必须在其到期前到达。',
      '在集群中，检查 presence 状态是否在节点间共享（同一数据库），或 PUBLISH 刷新是否固定发往同一节点。',
      '恢复办法：发送不带 SIP-If-Match、消息体中含完整状态的初始 PUBLISH。',
    ],
    shortFix: 'PUBLISH 实体标签未知或已过期：发送不带 SIP-If-Match 的初始 PUBLISH',
    retry: '不要重复该条件 PUBLISH。发送新的初始 PUBLISH，不带 SIP-If-Match，消息体含完整状态（RFC 3903）。',
    related: {
      481: '481 针对不存在的对话和事务；实体标签未知的 PUBLISH 得到的是 412，不是 481。',
      489: '489 表示不支持 Event 头字段中的事件包；412 表示事件包没问题，但实体标签未知。',
    },
    sentBy: ['presence server', 'ESC'],
    typicalMethods: ['PUBLISH'],
  },
  413: {
    description:
      '服务器拒绝该请求，因为其消息体超出了它愿意或能够处理的大小（RFC 3261 §21.4.11）。服务器可以关闭连接；如果这是暂时情况，应当带上 Retry-After。',
    whenItAppears:
      '由设有消息体大小限制的 UAS、代理服务器或 B2BUA 发送：很大的 SDP offer（提议），如编解码器多、ICE 候选多或视频流多路；携带 SDP 加 ISUP 或 PIDF-LO 的多部分消息体；很大的 MESSAGE 载荷；以及资源列表很大的 NOTIFY。网关把它映射为 Q.850 原因值 127。',
    howToFix: [
      '比较被拒请求的 Content-Length 与服务器文档所述或实际执行的上限。',
      '精简消息体：少提供几个编解码器，去掉不用的视频 m 行和多余的 ICE 候选，剥离对端不需要的多部分内容（如 ISUP 消息体）。',
      '让 MESSAGE 请求保持短小：在媒体会话之外，RFC 3428 §8 把整个请求（含头字段）限制在 1300 字节以内，除非发送方知道每一跳都有拥塞控制；更大的内容改用其他方式发送（MSRP 或链接）。',
      '如果 413 带有 Retry-After，说明限制是暂时的：等待该时长后再重发。',
    ],
    shortFix: '请求消息体超出服务器上限：精简 SDP/多部分内容，或缩小载荷',
    retry: '不要重发同样的消息体；先把它变小。带 Retry-After 时，可以在该间隔后重试同一请求。',
    related: {
      513: '513 表示整个消息对服务器来说太大；413 针对的是请求消息体。',
      414: '414 针对 Request-URI 的长度；413 针对消息体。',
    },
    sentBy: ['UAS', 'proxy', 'B2BUA'],
    typicalMethods: ['INVITE', 'MESSAGE', 'NOTIFY', 'PUBLISH'],
  },
  414: {
    description: 'Request-URI 超出了服务器愿意解析的长度（RFC 3261 §21.4.12）。',
    whenItAppears:
      '当 Request-URI 变长时由代理服务器、注册服务器或 UAS 发送：从 Contact 或 Refer-To 复制过来的长 URI 参数或转义的头字段（?Replaces=...），塞进用户部分的应用数据，或每一跳都添加前缀或参数的路由环路。网关把它映射为 Q.850 原因值 127。',
    howToFix: [
      '测量 Request-URI 的长度，找出变长的部分：用户部分、uri 参数，还是 ?headers 部分。',
      '逐跳比较 Request-URI：每一跳都重复添加的前缀或参数说明存在路由环路。',
      '把大块数据从 URI 移到头字段或消息体中。',
      '在把 Contact 或 Refer-To URI 复制到 Request-URI 之前，去掉其中嵌入的 ?header=value 部分。',
    ],
    shortFix: 'Request-URI 过长：找出不断变长的部分（环路、参数、头字段）并精简',
    retry: '只有缩短 Request-URI 后才重试。',
    related: {
      413: '413 针对消息体大小；414 只针对 Request-URI。',
      416: '416 拒绝的是 URI 的 scheme；414 拒绝的是 URI 的长度。',
    },
    sentBy: ['proxy', 'registrar', 'UAS'],
    typicalMethods: [],
  },
  415: {
    description:
      '服务器拒绝该请求，因为消息体的格式是它在该方法下不支持的（RFC 3261 §21.4.13）。响应必须根据出问题的部分，用 Accept、Accept-Encoding 或 Accept-Language 头字段列出它接受的内容。',
    whenItAppears:
      '由 UAS、B2BUA 或网关发送：INVITE 带 SDP+ISUP 多部分消息体，而设备只接受 application/sdp；消息体经过压缩（Content-Encoding: gzip）；INFO 带对端不认识的 DTMF 消息体类型；MESSAGE 或 NOTIFY 带不支持的类型。网关把它映射为 Q.850 原因值 79。',
    howToFix: [
      '看 415 带的是哪个头字段（Accept、Accept-Encoding 还是 Accept-Language），以判断是类型、编码还是语言不被接受。',
      '将其与请求的 Content-Type、Content-Encoding 和 Content-Language 比较。',
      '让发送方生成可接受的消息体：向普通 SIP 对端发送时去掉 ISUP 消息体，关闭消息体压缩，或把 DTMF 改为 RFC 4733 事件而不是 SIP INFO。',
      '对多部分消息体，检查接收方是否在 Accept 头字段中列出了 multipart/mixed。',
    ],
    shortFix: '消息体类型或编码不受支持：改用 415 的 Accept 头字段中列出的格式',
    retry: '用 415 的 Accept、Accept-Encoding 或 Accept-Language 头字段所允许格式的消息体重试。',
    related: {
      488: '488 表示 SDP 已被读取，但其中的媒体或编解码器不可接受；415 表示消息体类型本身不受支持。',
      406: '406 关乎响应中允许的类型；415 关乎请求自身的消息体。',
    },
    sentBy: ['UAS', 'B2BUA', 'gateway'],
    typicalMethods: ['INVITE', 'MESSAGE', 'INFO', 'NOTIFY', 'PUBLISH'],
  },
  416: {
    description: '服务器无法处理该请求，因为它不认识 Request-URI 的 scheme（RFC 3261 §21.4.14）。',
    whenItAppears:
      '由代理服务器、注册服务器或 UAS 发送：只处理 sip: 却收到 tel: URI，不支持 TLS 却收到 sips: URI，不做紧急呼叫路由的服务器收到 urn:service URI，或 scheme 已被损坏，如“sip:sip:”。网关把它映射为 Q.850 原因值 127。',
    howToFix: [
      '查看收到的 Request-URI 的 scheme，确认下一跳是否支持它。',
      '在发送方的拨号方案中把 tel: 号码转换为 sip:+number@domain;user=phone，或在服务器上启用 tel: 处理。',
      '对 sips:，在每一跳上部署 TLS；如果不需要端到端 TLS，改用 sip: URI。',
      '追查该 URI 的来源（Contact、Refer-To、3xx 的 Contact）：把格式错误的值复制进 Request-URI 是发送方的缺陷。',
    ],
    shortFix: '此处不支持该 Request-URI scheme（tel:、sips:、urn:）：转换它或启用支持',
    retry: '用服务器支持的 scheme 的 Request-URI 重试。',
    related: {
      400: '400 是请求格式错误；416 是 URI 格式正确，但服务器不处理其 scheme。',
      414: '414 因长度拒绝 URI；416 因 scheme 拒绝。',
    },
    sentBy: ['proxy', 'registrar', 'UAS'],
    typicalMethods: [],
  },
};
