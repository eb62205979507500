import type { CodeProse } from '../../types';

/** 500-608 的简体中文说明，依据各 RFC 编写。 */
export const SERVER_GLOBAL_FAILURE_ZH: Readonly<Record<number, CodeProse>> = {
  500: {
    description:
      '服务器遇到意外情况，无法完成请求（RFC 3261 §21.5.1）。问题出在服务器侧；情况是暂时的时，它可以加上 Retry-After。厂商常把真正的原因写在原因短语里。',
    whenItAppears:
      '任何 UAS、代理服务器或 B2BUA（背靠背用户代理）在内部故障后都可能发送：脚本或数据库错误、某个模块崩溃、许可或通道数上限（例如“500 Trunk concurrent call limit exceeded”）。UAS 在同一对话中尚未对前一个 INVITE 发出最终响应时又收到第二个 INVITE，也必须回复 500，并带 0-10 s 的 Retry-After（RFC 3261 §14.2）。最佳响应是 503 的代理通常改为向上游发送 500（RFC 3261 §16.7）。',
    howToFix: [
      '先看原因短语和 Warning 头字段：很多服务器在那里写明真正的原因（通道上限、数据库宕机、许可）。',
      '如果 500 回复的是 re-INVITE 且带 0 到 10 s 的 Retry-After，说明对话上有两个 INVITE 事务重叠（RFC 3261 §14.2）；如果回复的是 UPDATE，说明 UPDATE 带了 offer，而另一个 offer 尚未得到 answer（RFC 3311 §5.2）。把 offer 串行化，等待后重发。',
      '如果是代理发的，查看它的下游呼叫段：下一跳的 503 在向上传递时会变成 500（RFC 3261 §16.7），真正的故障在更下游。',
      '按时间戳对照发送方自己的日志（Asterisk full 日志、syslog 中 Kamailio 的 ERROR 行、fs_cli 控制台），找出背后的脚本或模块错误。',
    ],
    shortFix: '服务器侧故障：先看原因短语/Warning，再按时间戳查发送方日志',
    retry:
      '客户端可以在几秒后重试，有 Retry-After 时在其指定时间后重试；代理可以尝试另一台服务器。不要紧密循环地立即重试。',
    related: {
      503: '503 表示过载或维护中，提示改用其他服务器；500 是意外的内部故障（也是代理替代下游 503 向上发送的响应）。',
      400: '400 归咎于请求的语法；500 归咎于服务器。',
      491: '491 是冲突（glare），双方都发了 re-INVITE；带 Retry-After 的 500 针对的是第一个 INVITE 尚未得到最终响应时到达的第二个 INVITE。',
    },
    sentBy: ['UAS', 'proxy', 'B2BUA'],
    typicalMethods: [],
  },
  501: {
    description:
      '服务器不支持请求所需的功能，通常是根本没有实现该方法（RFC 3261 §21.5.2）。代理会转发任何方法，所以 501 通常来自 UAS 本身。',
    whenItAppears:
      '由收到未实现方法的 UAS、话机、网关或 B2BUA 发送：发给简单设备的 UPDATE、PRACK、INFO、MESSAGE、SUBSCRIBE、PUBLISH 或 REFER。PSTN 网关也把 Q.850 原因值 29 和 79 映射为 501（RFC 3398）。',
    howToFix: [
      '查看 501 的 CSeq 中的方法，与对端此前发送的 Allow 头字段（在其对 INVITE 或 OPTIONS 的 200 中）对比：Allow 中没有的方法不应当发送。',
      '让本侧只使用对端支持的方法：DTMF 改用 RFC 4733 事件发送（Asterisk `dtmf_mode=rfc4733`）而不是 INFO；不允许 UPDATE 时用 re-INVITE 刷新会话。',
      '如果对端应当支持该方法，在对端启用它（例如 PBX endpoint 上的 MESSAGE 或 SUBSCRIBE 处理），并用 OPTIONS 请求确认 Allow 中已列出它。',
    ],
    shortFix: '对端未实现该方法：查看其 Allow 头字段，避免使用或在对端启用该方法',
    retry: '不要向该 UAS 重发同一方法；改用对端 Allow 头字段中列出的替代方法。',
    related: {
      405: '405 表示服务器认识该方法，但不允许用于该资源，并在 Allow 中列出允许的方法；501 表示根本没有实现该方法。',
      420: '420 拒绝 Require 或 Proxy-Require 中的扩展；501 拒绝的是方法本身。',
    },
    sentBy: ['UAS', 'gateway', 'B2BUA'],
    typicalMethods: [],
  },
  502: {
    description:
      '作为网关或代理的服务器，从它为完成请求而使用的下游服务器收到了无效响应（RFC 3261 §21.5.3）。问题在发送方之外，在它的下一跳上。',
    whenItAppears:
      '由 SBC（会话边界控制器）、B2BUA 和 PSTN 网关在远端返回无法使用的内容（无法解析的消息、损坏的 SDP、协议错误）时发送；网关映射 Q.850 原因值 27 “destination out of order”（目的地故障）时也会发送（RFC 3398）。',
    howToFix: [
      '抓取发送方的下游呼叫段（它的下一跳，不是你这一侧），看那里返回了什么：格式错误的头字段、SBC 无法解析的 SDP，或传输错误。',
      '对于 PSTN 呼叫，查看 Reason 头字段：`Reason: Q.850;cause=27` 表示目的线路或中继故障，只有终接运营商能修复。',
      '查看 SBC 或网关在该时刻的日志中是否有解析或规整错误；生成无效消息的头字段操作规则是常见原因。',
    ],
    shortFix: '发送方的下一跳返回了无效响应：跟踪该呼叫段（Q.850 27 = 目的地故障）',
    retry: '客户端或代理可以尝试另一条路由或另一个网关；下游故障修好之前，重试同一路径通常以同样方式失败。',
    related: {
      503: '503 表示发送方自身不可用；502 表示发送方正常，但其下游服务器返回了无效响应。',
      504: '504 表示下游服务器没有按时响应；502 表示它返回了无效内容。',
    },
    sentBy: ['gateway', 'proxy', 'B2BUA'],
    typicalMethods: [],
  },
  503: {
    description:
      '服务器因过载或维护暂时无法处理请求（RFC 3261 §21.5.4）。它可以在 Retry-After 中说明何时重试；没有 Retry-After 时，客户端必须按 500 处理。客户端应当改为把请求发往备用服务器。',
    whenItAppears:
      '由过载或正在停止服务的代理、PBX（用户交换机）和 SBC 发送，由通道用尽的中继发送，也由网关在映射 Q.850 原因值 34、38、41、42 和 47 时发送（RFC 3398）。FreeSWITCH 在超过 `max-sessions` 或 `sessions-per-second` 时回复“503 Maximum Calls In Progress”（带 Retry-After: 300）。基于 pjsip 的 UA（包括 Asterisk）还会把本地传输故障报告为 503，而线路上并没有任何 503。',
    howToFix: [
      '检查 503 是否真的经过了线路：在抓包中查找对端发来的 `SIP/2.0 503`。如果没有，是你自己的协议栈因传输故障（TCP 连接被拒、无路由、DNS 失败）生成了它。',
      '遵守 Retry-After，并查看发送方的容量上限：FreeSWITCH switch.conf.xml 中的 `max-sessions` 和 `sessions-per-second`，或原因短语中写明的运营商通道上限。',
      '让故障切换生效：发布多个 DNS SRV 目标，或在 Kamailio 的 failure_route 中对 503 使用 dispatcher 的 `ds_next_dst()`，并用 `ds_mark_dst()` 把故障节点摘除。',
      '如果已知对端宕机，用其 OPTIONS 保活状态确认（Asterisk 带 `qualify_frequency` 的 `pjsip show aors`，FreeSWITCH `sofia status gateway <name>`）。',
    ],
    shortFix: '服务器过载或宕机：遵守 Retry-After，切换到另一台服务器',
    retry:
      '按 RFC 3263 DNS SRV 顺序尝试备用服务器，并在 Retry-After 期间不再向这台服务器发送任何请求。没有 Retry-After 时按 500 处理。除非后续请求也会得到 503，代理不应当把 503 向上游传递；当 503 是它收到的唯一响应时，应当发送 500（RFC 3261 §16.7）。',
    related: {
      500: '500 是意外的内部故障；503 是已知的、暂时的过载或维护状态，提示进行故障切换。',
      502: '502 归咎于发送方的下游服务器返回了无效响应；503 表示发送方自身现在无法提供服务。',
      480: '480 针对被叫，被叫现在不可达；503 针对服务器，服务器现在无法处理请求。',
    },
    sentBy: ['proxy', 'UAS', 'gateway', 'B2BUA'],
    typicalMethods: [],
  },
  504: {
    description:
      '服务器处理请求时需要一台外部服务器，但没有及时得到其响应（RFC 3261 §21.5.5）。外部服务器可以是另一跳 SIP，也可以是位置服务、数据库或策略服务器等后端。',
    whenItAppears:
      '由后端查询（HSS/Diameter、数据库、HTTP 路由 API、下一跳 SIP）超时的代理、应用服务器和 B2BUA 发送；也由网关在映射 Q.850 原因值 102 “recovery on timer expiry”（定时器超时恢复）时发送（RFC 3398）。PRACK 超时是另一种故障：UAS 的可靠 18x 在 64*T1 内没有得到确认时，会用 5xx 拒绝 INVITE，RFC 3262 §3 没有规定用哪个，由协议栈自行选择；没有任何规定让它成为 504。',
    howToFix: [
      '找出是哪台外部服务器超时：查看 Warning 或 Reason 头字段，以及发送方日志中它等待的后端（数据库、Diameter 对端、HTTP API、下一跳）。',
      '可靠 18x 之后约 32 s（64*T1）出现的 5xx，不论具体是哪个码，都可能是 RFC 3262 §3 的 PRACK 超时而不是后端问题：检查 PRACK 是否到达了 UAS（其 Request-URI 为 18x 的 Contact，路由集根据 18x 的 Record-Route 建立）。',
      '让后端超时短于 SIP 事务定时器，例如让 Kamailio `http_client` 或数据库超时远小于 `fr_timer`，这样代理仍来得及做故障切换。',
    ],
    shortFix: '发送方依赖的外部服务器超时：在发送方日志中找出是哪一台',
    retry: '客户端可以稍后重试或尝试另一台服务器；立即重试会碰到同一个缓慢的后端。',
    related: {
      408: '408 表示该请求没有按时收到最终响应；504 表示服务器自己的外部查询超时。',
      502: '502 表示下游服务器返回了无效响应；504 表示它没有按时响应。',
    },
    sentBy: ['proxy', 'B2BUA', 'gateway', 'UAS'],
    typicalMethods: [],
  },
  505: {
    description:
      '服务器不支持或拒绝请求中的 SIP 版本（RFC 3261 §21.5.6）。实际中只有 SIP/2.0，所以 505 几乎总是意味着请求行不正确。',
    whenItAppears:
      '在 Request-Line 或 Via 中不是 `SIP/2.0` 时发送：手写或模糊测试生成的消息、改写首行的有缺陷 ALG，或扫描器。Kamailio 的 sanity 模块（`sanity_check()`）在版本检查失败时回复 505。',
    howToFix: [
      '查看 Request-Line 和 Via sent-protocol 的确切字节：必须是 `SIP/2.0` 和 `SIP/2.0/UDP`（或 TCP、TLS）；检查大小写和多余字符。',
      '在带 SIP ALG 的 NAT 或防火墙两侧抓包：如果消息离开客户端时正确、到达时被篡改，关闭该 ALG。',
      '如果请求来自探测 5060 端口的未知来源，把它们当作扫描：限速或封禁（Kamailio `pike`、fail2ban），无需修复任何东西。',
    ],
    shortFix: '请求行不是 SIP/2.0：检查是否有篡改消息的 ALG、有缺陷的客户端或扫描器',
    retry: '不要原样重发；修正请求行。没有其他 SIP 版本可以回退。',
    related: {
      400: '400 涵盖任何格式错误的请求；505 专指请求行中的版本。',
    },
    sentBy: ['UAS', 'proxy'],
    typicalMethods: [],
  },
  513: {
    description:
      '消息长度超过服务器的处理能力，服务器无法处理该请求（RFC 3261 §21.5.7）。它针对的是整个消息，头字段和消息体合计。',
    whenItAppears:
      '出现在大消息经 UDP 传输时：带很多编解码器、ICE 候选或多部分消息体的 INVITE，或经过 B2BUA 后积累了大量 Via、Record-Route 和厂商头字段的请求。RFC 3261 §18.1.1 规定，在路径 MTU 未知时，大于 1300 字节的请求必须经 TCP 等有拥塞控制的传输发送。',
    howToFix: [
      '检查消息大小，例如抓包或日志横幅中的字节数：超过约 1300 字节时，发送方本应切换到 TCP（RFC 3261 §18.1.1）。',
      '把该对端改为 TCP 或 TLS：Asterisk endpoint 的 `transport` 指向 TCP transport，FreeSWITCH gateway 的 `register-transport=tcp`（或在其 proxy 上加 `;transport=tcp`），Kamailio 的 `udp_mtu` 配合 `udp_mtu_try_proto=TCP`。',
      '精简消息：去掉不用的编解码器（Asterisk `allow`/`disallow`）、不需要的 ICE 候选，以及 B2BUA 在呼叫段之间复制的厂商头字段。',
    ],
    shortFix: '消息超出接收方上限：把对端改为 TCP/TLS，或精简编解码器和头字段',
    retry: '不要通过同一传输重发同一消息；改经 TCP 或 TLS 重发，或先缩短消息。',
    related: {
      413: '413 针对消息体（实体）的大小；513 针对整个消息。',
    },
    sentBy: ['UAS', 'proxy'],
    typicalMethods: [],
  },
  555: {
    description:
      '服务器不支持请求中 `pn-provider` URI 参数指定的推送通知服务（RFC 8599）。用同一个 provider 重复请求会以同样方式失败。',
    whenItAppears:
      '由 SIP 代理回复移动 UA 的 REGISTER：其 Contact URI 带 `pn-provider`、`pn-prid`，可能还有 `pn-param`，要求网络通过推送唤醒应用；而所指定的服务（例如 apns、fcm 或 webpush）不在代理支持之列，且代理根据配置知道后面也没有代理支持它；否则代理会转发该 REGISTER（RFC 8599 §5.6.1）。',
    howToFix: [
      '查看 REGISTER 的 Contact URI 参数：记下 `pn-provider` 的值，与代理配置的推送服务对比。',
      '查看其他客户端的一次成功注册：其 2xx 带有 `Feature-Caps`，其中 `+sip.pns` 指明代理支持的推送服务。',
      '要么把应用配置为使用受支持的 provider，要么不带 `pn-*` 参数注册，并用其他方式保持 UA 可达（带保活的持久 flow，RFC 5626 outbound）。',
    ],
    shortFix: '代理无法使用 Contact 中的 pn-provider：改用受支持的 provider 或去掉 pn-*',
    retry: '不要用同一个 `pn-provider` 重复 REGISTER；更换 provider，或不带推送参数注册。',
    related: {
      480: '480 表示现在无法联系到用户，例如被唤醒的应用没有及时注册；555 表示推送服务本身不受支持。',
      501: '501 表示方法未实现；555 表示方法没问题，但所指定的推送服务不可用。',
    },
    sentBy: ['proxy'],
    typicalMethods: ['REGISTER'],
  },
  580: {
    description:
      'UAS 无法或不愿满足会话 offer 所要求的前提条件，通常是 QoS 资源预留（RFC 3312 §8）。响应应当带一个 SDP，说明哪些前提条件失败。',
    whenItAppears:
      '主要出现在 IMS 和 VoLTE/VoNR 中：UE 或网元在语音专用承载无法建立，或 offer 中的强制前提条件无法满足时，用 580 回复 INVITE（或 UPDATE）。',
    howToFix: [
      '查看 580 中的 SDP：strength 为“failure”的 a=des 行说明哪个前提条件（qos e2e、local 或 remote；send 或 recv）失败。',
      '在 IMS 中，检查呼叫时的承载建立：P-CSCF 与 PCRF 之间的 Rx 交互（AAR/AAA），以及语音专用承载是否已创建。',
      '在 183/PRACK/UPDATE 交互中对比 a=curr 与 a=des，看哪个方向始终没有达到期望状态。',
      '如果 offer 对不需要 QoS 的对端使用了 `Require: precondition`，把前提条件改为可选（用 `a=des` 的 strength 标签和 `Supported: precondition` 代替 Require，RFC 3312 §11），这样没有它也能继续。',
    ],
    shortFix: '所需前提条件（通常是 QoS）失败：查看 a=des 的“failure”行，检查承载建立',
    retry: '不要立即重发同一个 offer；只在资源可用后重试，或提供不带强制前提条件的会话。',
    related: {
      488: '488 拒绝会话描述本身；580 接受媒体，但无法满足附加的前提条件。',
      420: '420 在 Require 中列出 precondition 扩展而本端不支持时拒绝它；580 表示前提条件已被理解，但无法满足。',
    },
    sentBy: ['UAS', 'UE', 'B2BUA'],
    typicalMethods: ['INVITE', 'UPDATE'],
  },
  600: {
    description:
      '已联系到被叫，但被叫忙，现在不想接听，且服务器知道没有其他设备或语音信箱会应答（RFC 3261 §21.6.1）。Retry-After 可以建议更合适的时间。作为 6xx，它结束对被叫的查找。',
    whenItAppears:
      '由了解被叫所有设备且知道没有一台能接听的归属服务器或 PBX 发送，或由配置为全局回忙的话机发送。分叉代理收到它后会取消其他分支。',
    howToFix: [
      '看是谁发的（Via、Server 或 User-Agent）：单台话机回 600 而不是 486，会让该用户的分叉和语音信箱全部停止，这通常是设备配置错误。',
      '查看 Retry-After，了解被叫预计何时空闲。',
      '如果遇忙呼叫应当转到语音信箱，被叫侧必须发送 486，让代理继续路由；或者在回 600 之前就把遇忙呼叫路由到语音信箱。',
      '这解释了为什么其他设备停止振铃：收到 6xx 的分叉代理会取消所有未完成的分支（RFC 3261 §16.7）。',
    ],
    shortFix: '所有设备都忙：不要尝试其他位置；需要转语音信箱时被叫侧应回 486',
    retry: '不要尝试其他位置或路由：6xx 结束查找（RFC 3261 §16.7、§21.6）。稍后再试，有 Retry-After 时在其之后。',
    related: {
      486: '486 只表示这台设备忙，其他设备或语音信箱仍可能应答；600 表示所有地方都忙。',
      603: '603 是明确拒绝，不以忙为理由；600 说明被叫忙。',
      480: '480 表示现在联系不到被叫；600 表示已联系到被叫且被叫忙。',
    },
    sentBy: ['UAS', 'PBX'],
    typicalMethods: ['INVITE'],
  },
  603: {
    description:
      '已联系到被叫的设备，用户明确不想或无法参与这次呼叫；也没有其他设备会接受它（RFC 3261 §21.6.2）。Retry-After 可以建议更合适的时间。它不包含对主叫的任何评价。',
    whenItAppears:
      '由用户按下拒接键的话机发送（有些话机改发 486），由执行免打扰或呼叫限制的 PBX 发送，也由映射 Q.850 原因值 21 “call rejected”（呼叫拒绝）的 B2BUA 发送：FreeSWITCH 对 CALL_REJECTED 发送 603，而 RFC 3398 §7.2.4.1 把原因值 21 映射为 403，并说明当原因位置为用户时可以改为 603。原因短语各不相同（“603 Nothing listening”）。',
    howToFix: [
      '确认是否有用户操作：拒接键、设为拒接的 DND，或 PBX 上的呼叫限制规则。不同话机行为不同，同一个拒接在一种型号上是 603，在另一种上可能是 486。',
      '查看 Reason 头字段（常为 `Q.850;cause=21`）以及发送方的 Server 或 User-Agent，判断拒绝来自人还是规则。',
      '因为是 6xx，分叉会停止，也不会回退到语音信箱，除非失败处理逻辑捕获它：FreeSWITCH `continue_on_fail`，Kamailio 在 failure_route 中用 `t_check_status("603")`。',
      '如果运营商对你的外呼回 603，检查是否其实是骚扰拦截：那类拦截应当用 607 或 608，而 603 不提供申诉途径。',
    ],
    shortFix: '被叫拒绝：不要尝试其他位置；检查用户的拒接/DND 或呼叫限制规则',
    retry: '不要尝试其他设备或路由（RFC 3261 §16.7、§21.6）；稍后再呼，有 Retry-After 时在其之后。',
    related: {
      607: '607 表示被叫用户把这次呼叫标记为不想要的，网络在处理该主叫以后的呼叫时可能参考它（仅当主叫经过认证时才用于全局过滤，RFC 8197 §6）；603 拒绝但不说明原因。',
      608: '608 是分析引擎等中间节点的拒绝，带用于申诉的 jCard；603 来自被叫侧。',
      486: '486 是“这台设备忙”，其他设备仍可能应答；603 是结束查找的拒绝。',
      600: '600 给出的理由是忙；603 不透露理由。',
      403: '403 是服务器针对这个请求的策略拒绝；603 是用户的决定，对所有设备有效。',
      480: '480 表示联系不到被叫；603 表示已联系到被叫，被叫拒绝了。',
    },
    sentBy: ['UAS', 'PBX', 'B2BUA'],
    typicalMethods: ['INVITE'],
  },
  604: {
    description:
      '服务器有权威信息表明，Request-URI 中的用户在任何地方都不存在（RFC 3261 §21.6.3）。与 404 不同，它代表该用户的所有位置。',
    whenItAppears:
      '由拥有该号码或域名的归属服务器或运营商发送，例如对空号或已携出的号码。网关把它映射为 Q.850 原因值 1 “unallocated number”（空号）。',
    howToFix: [
      '检查 Request-URI 和 To 中的号码格式：带前导 + 的 E.164，或运营商要求的国内格式；错误的前缀会让有效号码变成“不存在”的号码。',
      '向运营商确认号码是否已停用或已携出；号码所有者发出的 604 是权威的。',
      '不要用相同的号码故障切换到另一家运营商：如果是号码格式错误，应修正拨号方案中的号码规整。',
    ],
    shortFix: '号码或用户在任何地方都不存在：检查拨号格式，不要尝试其他路由',
    retry: '不要在任何地方重试同一个 URI（RFC 3261 §21.6）；先更正地址。',
    related: {
      404: '404 表示这里不认识该用户，其他服务器可能认识；604 表示在任何地方都不存在。',
      410: '410 表示该用户曾在这个地址存在；604 表示根本没有这个用户。',
    },
    sentBy: ['UAS', 'proxy', 'gateway'],
    typicalMethods: ['INVITE'],
  },
  606: {
    description:
      '已联系到被叫，被叫也想通信，但无法支持所描述的会话，例如其媒体、带宽或寻址（RFC 3261 §21.6.4）。Warning 头字段可以列出原因。作为 6xx，它表示换其他设备也不会更好。',
    whenItAppears:
      '由 UAS 或被叫的归属服务器在用户没有任何设备能接受所提供的 SDP 时发送：只向仅支持音频的终端提供视频，要求 SRTP 而对端不支持，或没有共同的编解码器。',
    howToFix: [
      '查看 Warning 头字段的代码：304 媒体类型不可用、305 媒体格式不兼容、370 带宽不足，指明需要修改什么。',
      '把 offer 的 m= 行和编解码器与被叫支持的对比，并包含 G.711 等共同的编解码器；除非对端支持 SRTP，不要坚持使用 RTP/SAVP。',
      '如果用户的某些设备能接受该会话，被叫侧应当发送 488 而不是 606，让分叉继续。',
    ],
    shortFix: '被叫没有设备能接受该 SDP：查看 Warning 代码，提供共同的媒体',
    retry: '不要用同一个 offer 尝试其他位置（RFC 3261 §21.6）；发送新的 INVITE，带被叫能支持的会话描述。',
    related: {
      488: '488 表示这台设备无法接受该会话，其他设备也许可以；606 表示没有设备可以。',
      406: '406 涉及请求的 Accept 头字段；606 涉及会话描述。',
    },
    sentBy: ['UAS'],
    typicalMethods: ['INVITE'],
  },
  607: {
    description:
      '被叫方不想要来自该主叫的这次呼叫或消息，该主叫以后的尝试也很可能被拒绝（RFC 8197）。它由被叫用户的 UA 发送，依据用户的操作或 UA 自身的逻辑（例如设备上的黑名单）。服务提供商可以把它作为过滤今后呼叫的依据，但 RFC 8197 §6 规定，除非主叫身份已被认证确属主叫（RFC 8224），否则不应当把它用于全局呼叫过滤，因为被冒用的号码会导致其合法所有者被拦截。',
    whenItAppears:
      '由被叫用户的话机、软电话或应用在用户把来电标记为不想要（“骚扰”按钮）时发送，回复 INVITE、MESSAGE、SUBSCRIBE 或其他对话外请求（RFC 8197 §4）。代理像转发任何 6xx 一样转发它；分叉代理可以在发给其他分支的 CANCEL 中以 `Reason: SIP;cause=607` 携带它；把已应答呼叫作为不想要的呼叫挂断的 UA，可以把它放在 BYE 的 Reason 中。会处理 607 的注册服务器可以在 REGISTER 响应中用 `Feature-Caps: *;+sip.607` 声明。',
    howToFix: [
      '作为主叫：停止对该号码的自动重试；被叫用户已把你标记为不想要的来电，后续呼叫很可能被拦截。',
      '检查你对外显示的身份（From、P-Asserted-Identity）：无权使用的号码，或同时被冒用者使用的号码，会累积“不想要”标记；对呼叫签名（Identity 头字段，RFC 8224）能让网络区分你的呼叫和冒用的呼叫。',
      '作为终接网络或 SBC：原样向上游传递 607。把它映射为 603 或 486 会让始发网络看不到用户的判断。',
      '作为收集 607 的服务提供商：只对身份已经认证的主叫（例如 Identity 头字段验证通过，RFC 8197 §6）计入全局过滤；针对发出 607 的用户的个人黑名单则无需这项检查。',
    ],
    shortFix: '被叫用户把这次呼叫标为不想要：停止重试，检查你对外显示的主叫身份',
    retry: '不要重试该呼叫，也不要尝试其他路由（RFC 3261 §21.6）；同一主叫的后续尝试很可能被拒绝。',
    related: {
      603: '603 是单纯的拒绝，不包含对主叫的评价；607 记录了用户认为这次呼叫是不想要的。',
      608: '608 是中间节点（分析引擎）的拒绝，带申诉联系方式；607 是被叫用户自己的判断。',
    },
    sentBy: ['UAS'],
    typicalMethods: ['INVITE', 'MESSAGE', 'SUBSCRIBE'],
  },
  608: {
    description:
      '某个中间节点（例如呼叫分析引擎）拒绝了呼叫，呼叫不会被送达（RFC 8688）。做出决定的是机器，不是被叫；同一主叫再次呼叫很可能以同样方式被拒绝。',
    whenItAppears:
      '由拦截疑似自动骚扰呼叫或欺诈的运营商网元、SBC 或分析服务发送，通常针对 INVITE，也针对 MESSAGE、SUBSCRIBE 或其他对话外请求（RFC 8688 §3.1）。它必须带 `Call-Info` 头字段，其 `purpose=jwscard` 指向一个签名（JWS）的 jCard，告诉主叫就拦截提出申诉时应联系谁，除非有迹象表明主叫会滥用该联系方式（RFC 8688 §3.1）。',
    howToFix: [
      '查看带 `purpose=jwscard` 的 `Call-Info` 头字段：其 jCard 指明拦截呼叫的实体，以及如何联系它提出申诉。',
      '检查你外呼的 STIR/SHAKEN 签名：没有 Identity 头字段或证明级别为 C 的呼叫更容易被分析引擎拦截。',
      '检查会触发分析的呼叫模式（大量短呼或未接通呼叫、同一号码的突发呼叫），并向你的运营商所用的分析服务商登记号码。',
      '如果你是执行拒绝的中间节点，必须带上 jwscard Call-Info，除非有迹象表明主叫会滥用它（RFC 8688 §3.1）；对未声明 `Feature-Caps: *;+sip.608` 的主叫，按 RFC 8688 的传统互通方式（放通知音）处理。',
    ],
    shortFix: '被网络分析服务拦截：查看 Call-Info jwscard 以申诉，检查 STIR 签名',
    retry: '不要重试或改路由同一呼叫（RFC 3261 §21.6）；联系 jCard 中指明的拦截方，解决原因后再呼叫。',
    related: {
      607: '607 是被叫用户自己的“不想要”判断；608 是网络中机器做出的决定。',
      603: '603 是来自被叫侧的拒绝；608 来自中间节点，并提供申诉途径。',
      428: '428 因缺少 Identity 头字段而拒绝呼叫；608 是分析引擎的判断，已签名的呼叫也可能收到。',
    },
    sentBy: ['proxy', 'B2BUA', 'analytics engine'],
    typicalMethods: ['INVITE', 'MESSAGE', 'SUBSCRIBE'],
    stirShaken:
      '608 是 STIR/SHAKEN 网络中呼叫分析引擎拦截呼叫的方式。`Call-Info; purpose=jwscard` 中的 jCard 是签过名的，所以合法主叫可以核实是谁拦截了呼叫，并用其中的联系方式申诉。',
  },
};
