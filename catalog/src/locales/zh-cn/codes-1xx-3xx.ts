import type { CodeProse } from '../../types';

/** 100-380 的简体中文说明，依据各 RFC 撰写（对应 en/codes-1xx-3xx.ts）。 */
export const PROVISIONAL_SUCCESS_REDIRECT_ZH: Readonly<Record<number, CodeProse>> = {
  100: {
    description:
      '下一跳已收到请求，正在处理，目前没有更多信息（RFC 3261 §21.1.1）。和所有临时响应一样，它会让 INVITE 停止重传；但它是逐跳的：有状态代理从不向上游转发 100，所以它只能证明第一跳收到了请求。',
    whenItAppears:
      '由有状态代理服务器、B2BUA、PBX 或 UAS 在收到 INVITE 后发送，通常在收到后 200 ms 内、路由、数据库或 DNS 查询完成之前就发出。非 INVITE 事务很少带 100：在 UDP 上，RFC 4320 §4.1 禁止在客户端 Timer E 本应增长到 T2 之前用 100 响应非 INVITE 请求。',
    howToFix: [
      '先确认这个 100 对应的是你的 INVITE：其顶层 Via 的 branch 和 sent-by 必须与你发出的一致。如果收到 100 后 INVITE 仍在重传，说明响应没有匹配到事务（NAT 改写、rport/received 错误）。',
      '沿 INVITE 往下游追：找到下一跳收到的那份（Call-ID 相同，Via branch 不同），看代理服务器到底有没有转发，以及那一段有没有回来任何响应。',
      '注意定时器：收到任何 1xx 后 UAC 就离开 Calling 状态，Timer B（64*T1，32 s）不再结束等待。何时给主叫返回 408，通常由代理服务器的无应答定时器决定（Kamailio tm `fr_inv_timer`）；按 RFC 3261 §16.8，对已发过临时响应的分支，Timer C（超过 3 分钟）到期时则会 CANCEL 该分支。',
      'Kamailio 中，tm 参数 `auto_inv_100` 决定是否由 tm 自己发送 100。tm 在创建事务时就发出 100，所以 Kamailio 发来的 100 并不能证明请求已被转发：要确认 `t_relay()` 执行成功。',
    ],
    shortFix: '下一跳已收到 INVITE，别无其他信息：若之后没有响应，到下游呼叫段继续追踪',
    retry:
      '无需重试：停止重传 INVITE，等待后续的临时响应或最终响应。如果一直没有，代理服务器的 Timer C 或你自己的无应答定时器会结束这次尝试，下一步怎么做取决于那个最终结果。',
    related: {
      180: '180 来自远端 UA，表示被叫正在振铃；100 只表示下一跳正在处理。',
      183: '183 是端到端的进展通知，常带早期媒体 SDP；100 从不带 SDP，也不会穿过有状态代理。',
      408: '408 是主叫在收到 100 之后、代理服务器定时器到期前仍没有最终响应时得到的最终响应。',
    },
    sentBy: ['proxy', 'B2BUA', 'UAS'],
    typicalMethods: ['INVITE'],
  },
  180: {
    description:
      'UAS 已收到 INVITE，正在提醒用户（振铃）（RFC 3261 §21.1.2）。主叫可以在本地播放回铃音。带 To tag 时它会建立早期对话；它可以携带 SDP 用于早期媒体，也可以通过 100rel 可靠发送（RFC 3262）。',
    whenItAppears:
      '由被叫话机、软电话或 PBX 分机发送；远端发出振铃信号时也由 PSTN 网关发送（RFC 3398 把表示“用户空闲”的 ISUP ACM 映射为 180）。分叉代理会为每个振铃的分支各转发一个 180，每个都有自己的 To tag。',
    howToFix: [
      '听不到回铃音：180 不带 SDP 时，主叫必须在本地生成回铃音；180 带 SDP 时，主叫会等待远端的早期媒体，所以要确认 RTP 确实从 c=/m= 地址到达。',
      '数一数 To tag：多个 tag 不同的 180 来自不同的分叉分支，每个都是一个早期对话。UAC 必须分开处理它们；如果有多个分支应答，要拆除多余的。',
      '振铃一直不停，最终由主叫的无应答定时器结束（Asterisk Dial 的 timeout 参数、FreeSWITCH `call_timeout`），随后是 CANCEL 和 487；呼叫放弃得太早或太晚时，检查这些值。',
      '期望 180 却从 Asterisk 收到 183？pjsip endpoint 选项 `inband_progress=yes` 会让 Asterisk 用含带内信号音的 183 代替 180 来表示振铃。',
    ],
    shortFix: '被叫正在振铃：不带 SDP 则本地放回铃音，带 SDP 则等待早期媒体',
    retry: '无需重试：被叫正在振铃。等待最终响应；如果主叫不再等待，发送 CANCEL，INVITE 应收到 487。',
    related: {
      183: '183 报告振铃以外的进展，通常带早期媒体 SDP；180 专指正在提醒用户。',
      100: '100 是逐跳的，只说明下一跳正在处理；180 来自真正在振铃的 UAS。',
      181: '181 表示某个服务器正把呼叫转到别处；180 表示这个目标本身在振铃。',
    },
    sentBy: ['UAS', 'B2BUA', 'gateway'],
    typicalMethods: ['INVITE'],
  },
  181: {
    description:
      '某个服务器正在把呼叫前转到另一组目的地（RFC 3261 §21.1.3）。这只是通知：呼叫继续进行，最终响应将来自被前转到的那一方。',
    whenItAppears:
      '由代表被叫执行呼叫前转（无条件、遇忙、无应答）的 PBX、业务服务器或 B2BUA 发送。它常与一条新的呼叫段同时或稍早到达，新呼叫段带有 Diversion（RFC 5806）或 History-Info（RFC 7044）头字段。',
    howToFix: [
      '查看被前转的呼叫段上的 Diversion 或 History-Info 头字段，了解是谁前转、转给谁、为什么（例如 `reason=user-busy`、`no-answer` 或 `unconditional`）。',
      '如果这通呼叫本不该被前转，检查 PBX 或业务服务器上被叫的前转设置（无条件前转、遇忙前转和无应答前转规则）。',
      '如果主叫先看到 181 然后失败，说明前转目标失败了：找到那条新的 INVITE 呼叫段，改为诊断它的最终响应。',
      '前转后来电显示或计费对象不对？在 Asterisk 中检查 endpoint 选项 `send_diversion`，它决定被前转的呼叫是否携带 Diversion 头字段。',
    ],
    shortFix: '被叫设置了前转：查看 Diversion/History-Info 了解前转目标和原因',
    retry: '无需重试：由执行前转的服务器自己发起新呼叫。等待前转目的地的最终响应。',
    related: {
      180: '180 表示这个目的地在振铃；181 表示服务器已把呼叫转往其他目的地。',
      302: '302 把新地址交还给主叫，由主叫发送新的 INVITE；181 则由服务器自己前转呼叫。',
    },
    sentBy: ['proxy', 'B2BUA', 'PBX'],
    typicalMethods: ['INVITE'],
  },
  182: {
    description:
      '被叫暂时无法接听，但服务器没有拒绝，而是把呼叫放入了队列（RFC 3261 §21.1.4）。原因短语可以给出排队位置或预计等待时间等细节，后续的 182 可以更新这些信息。',
    whenItAppears:
      '由 ACD、呼叫中心队列、话务台或 PBX 发送，它们会保持呼叫，直到坐席或被叫空闲。很多 PBX 队列其实是先回 200 再播放音乐，所以看到 182 说明队列状态是通过 SIP 信令传递的。',
    howToFix: [
      '读每个 182 的原因短语：服务器可能在其中报告排队位置或预计等待时间，多次收到的 182 能看出队列是否在前进。',
      '如果呼叫在排队时掉线，是主叫侧超时了：队列完全可能合理地保持呼叫数分钟，所以要为这类呼叫延长无应答定时器（Kamailio 按事务调用 `t_set_fr()`，或主叫的 Dial / originate 超时）。',
      '如果排队时主叫什么都听不到，注意 182 本身不带媒体：队列需要发带 SDP 的 183，或先应答呼叫，才能播放音乐或通知音。',
    ],
    shortFix: '呼叫在远端排队：从原因短语看排队位置，并放宽无应答超时',
    retry: '无需重试：继续等待。被叫或坐席空闲、或队列放弃时会收到最终响应；主叫放弃时发送 CANCEL。',
    related: {
      180: '180 表示正在提醒被叫；182 表示呼叫要先排队等待。',
      486: '486 是最终的“忙，拒绝”；182 是临时的“忙，请稍候”。',
    },
    sentBy: ['UAS', 'PBX', 'B2BUA'],
    typicalMethods: ['INVITE'],
  },
  183: {
    description:
      '关于呼叫进展、且没有其他临时响应状态码适用的信息（RFC 3261 §21.1.5）；细节可能在原因短语、头字段或消息体中。实际上它大多携带 SDP，让主叫能听到早期媒体，例如提示音或网络的带内回铃音。',
    whenItAppears:
      '由 PSTN 网关和 SBC 发送（RFC 3398 把不含振铃指示的 ISUP ACM 或 CPG 映射为 183），也由应答前播放提示音的 PBX 发送；在 IMS 中，UA 交换 QoS 前提条件时也会发（RFC 3312）。它常以可靠方式发送，带 `Require: 100rel` 和 RSeq 头字段。',
    howToFix: [
      '先看有没有消息体：没有 `Content-Type: application/sdp` 的 183 不提供媒体，很多 UAC 会忽略它。Asterisk pjsip 可以用 `ignore_183_without_sdp` 丢弃这类 183；FreeSWITCH 用通道变量 `sip_ignore_183nosdp`。',
      '有 SDP 却没声音：确认在 200 之前 RTP 已从 c=/m= 地址到达，并且主叫侧没有丢弃早期媒体（FreeSWITCH `ignore_early_media`）。',
      '如果 183 带 `Require: 100rel` 和 RSeq，UAC 必须回 PRACK；否则 UAS 会不断重传它，并在 64*T1 后让呼叫失败（RFC 3262）。检查 Asterisk endpoint 上的 `100rel` 或 FreeSWITCH profile 的 `enable-100rel`。',
      '在 IMS 流程中，查看 a=curr 和 a=des 行：带前提条件的 183 表示在提醒被叫之前正等待 QoS 资源预留完成。',
    ],
    shortFix: '早期进展：检查应答前的 SDP 和 RTP；带 Require: 100rel 时要回 PRACK',
    retry: '无需重试：呼叫仍在建立中。如果它是可靠发送的，用 PRACK 确认，然后等待最终响应。',
    related: {
      180: '180 表示正在提醒被叫；183 报告其他进展，通常带早期媒体 SDP。',
      199: '199 报告某个早期对话（可能正是发过 183 的那个）已结束，而呼叫尝试仍在继续。',
    },
    sentBy: ['gateway', 'UAS', 'B2BUA'],
    typicalMethods: ['INVITE'],
  },
  199: {
    description:
      '这个 INVITE 的某个早期对话在最终响应之前已被终止（RFC 6228）。它通知上游网元和主叫停止使用该早期对话（例如它的早期媒体），而其他分支仍可能成功。',
    whenItAppears:
      '主要由分叉代理发送：某个分支返回了非 2xx 最终响应，而其他分支仍在进行中（RFC 6228 §6）；INVITE 带 `Require: 100rel` 时代理服务器不得生成 199，因为它无法可靠地发送 199。UAS 在自己的非 2xx 最终响应之前不应当发送 199，除非被配置为这样做（例如路径上的代理服务器不支持 199）或其环境要求这样做（§5）。无论哪种情况，只有 INVITE 带了 `Supported: 199` 才会发送 199，而且 199 携带已结束的那个早期对话的 To tag。',
    howToFix: [
      '把 199 的 To tag 与之前带相同 tag 的 18x 对上：那个早期对话已经结束，停止播放它的早期媒体。',
      '查看 199 的 Reason 头字段（RFC 6228 要求必须带）了解该分支自身的结果（例如 `Reason: SIP;cause=486`）。',
      '早期对话迟迟不结束，也看不到 199？检查 INVITE 是否带了 `Supported: 199`（否则没人会发 199），且没有带 `Require: 100rel`，后者会阻止分叉代理生成 199（RFC 6228 §6）。',
      '199 不是最终响应：如果主叫一收到它就拆除呼叫，说明 UAC 协议栈把临时响应当成了最终响应，需要修复。',
    ],
    shortFix: '某个分叉分支已结束：按 To tag 找到它，停播其早期媒体，继续等待最终响应',
    retry: '无需重试：INVITE 事务仍在进行。丢弃已终止的早期对话，等待其余分支的最终响应。',
    related: {
      183: '183 建立或更新早期对话，常带早期媒体；199 宣告某个早期对话已经结束。',
      487: '487 是 CANCEL 之后结束整个 INVITE 的最终响应；199 只结束一个早期对话，INVITE 仍继续。',
    },
    sentBy: ['proxy', 'UAS'],
    typicalMethods: ['INVITE'],
  },
  200: {
    description:
      '请求成功（RFC 3261 §21.2.1）；响应携带什么内容取决于方法。对 INVITE 的 200 建立对话，必须用 ACK 确认；对 REGISTER 的 200 列出注册服务器当前保存的绑定。',
    whenItAppears:
      '由 UAS 在呼叫被接听时发送，由注册服务器在接受 REGISTER 时发送，由通知方在接受 SUBSCRIBE 时发送，也由任何接受 BYE、CANCEL、OPTIONS、INFO、UPDATE 或 MESSAGE 的 UA 发送。代理服务器转发它；B2BUA 在各呼叫段上各自生成。',
    howToFix: [
      '同一个对 INVITE 的 200 间隔越来越长地反复到达？说明 ACK 没有到达 UAS：检查 200 的 Contact，以及 ACK 必须遵循的 Record-Route 路由集。64*T1（32 s）后 UAS 放弃并发送 BYE，这就是经典的“通话 32 秒后掉线”。',
      '接听后单通或无声：查看 200 中 SDP 的 c= 和 m= 行。那里出现私网地址就需要做 NAT 处理（Asterisk transport `external_media_address`、FreeSWITCH `ext-rtp-ip`）。',
      '对 REGISTER，比较注册服务器批准的有效期（每个 Contact 的 expires 或 Expires 头字段）与请求的值，并检查列出的 Contact 能否从外部到达（Asterisk `rewrite_contact`、`force_rport`）。',
      '对 CANCEL 的 200 只表示 CANCEL 已收到；INVITE 仍以自己的最终响应结束（通常是 487；如果应答抢先一步则是 200，这时必须回 ACK，再用 BYE 结束）。',
    ],
    shortFix: '成功：若 200 反复重传，说明 ACK 未到达 UAS；检查 Contact 和 Record-Route',
    retry:
      '无需重试。对 INVITE，立即发送 ACK，每收到一次重传的 200 就再发一次；对 REGISTER 或 SUBSCRIBE，在批准的有效期到期前刷新。',
    related: {
      202: '202 是已弃用的“已接受，尚未完成”成功响应（SUBSCRIBE/NOTIFY 见 RFC 6665，REFER 见 RFC 7647），接收方必须把它完全当作 200 处理。',
      204: '204 是对条件 SUBSCRIBE 的成功响应，同时表示在状态未变时不发 NOTIFY；对 SUBSCRIBE 的 200 之后会有 NOTIFY。',
    },
    sentBy: ['UAS', 'registrar', 'B2BUA'],
    typicalMethods: [],
  },
  202: {
    description:
      '请求已被接受，但处理尚未完成，这一含义是 SIP 从 HTTP 借来的；RFC 3265 把它用于等待授权的订阅，RFC 3515 用于已接受的 REFER。它已弃用（RFC 6665 §8.3.1，REFER 见 RFC 7647 §5）：接收方必须把 202 完全当作 200 处理。',
    whenItAppears:
      '由按 RFC 3515 实现的 REFER 接收方发送：RFC 3515 要求回 202，直到 RFC 7647（2015 年）改为 200（很多协议栈仍在发 202）；也由按 RFC 3265 的旧通知方回复 SUBSCRIBE 时发送，以及一些存储转发的 MESSAGE 中继。',
    howToFix: [
      '如果订阅方收到 202 后没有像收到 200 那样处理，而是继续等待或放弃，要修的是订阅方：订阅状态在第一个 NOTIFY 中（`Subscription-State: pending` 或 `active`），不在 202 中。',
      '对 REFER，202 不说明转接结果：跟踪带 `Event: refer` 的 NOTIFY 及其 `message/sipfrag` 消息体（例如 `SIP/2.0 200 OK`），看被转接的呼叫结果如何。',
      '仍用 202 回复 SUBSCRIBE 的通知方早于 RFC 6665，回 202 的 REFER 接收方早于 RFC 7647；升级它或配置为发 200，以便与严格的对端互通。',
    ],
    shortFix: '已接受，结果稍后给出：按 200 处理，关注后续 NOTIFY（REFER 看 sipfrag）',
    retry: '无需重试：按 200 处理。结果在后续请求中到达：SUBSCRIBE 和 REFER 都看 NOTIFY。',
    related: {
      200: '200 是正常的成功响应；RFC 6665 要求对 202 做完全相同的处理。',
      204: '204 确认条件 SUBSCRIBE，并在状态未变时不发 NOTIFY；202 之后仍会有 NOTIFY。',
    },
    sentBy: ['notifier', 'UAS'],
    typicalMethods: ['REFER', 'SUBSCRIBE', 'NOTIFY'],
    deprecation:
      'RFC 6665 §8.3.1 对 SUBSCRIBE 和 NOTIFY 弃用了 202，RFC 7647 §5 对 REFER 也同样弃用：新实现必须改回 200，接收方必须把 202 完全当作 200 处理。它是 IANA 登记表中唯一标为已弃用的状态码，但 2015 年以前实现的 REFER 接收方仍在发送它。',
  },
  204: {
    description:
      '请求成功，但它通常会触发的通知不会发送（RFC 5839 §7.1）。这是对条件订阅刷新的响应：其实体标签（entity-tag）仍与资源状态一致，没有新内容需要通知。',
    whenItAppears:
      '由通知方（呈现服务器、dialog 或 message-summary 通知方）发送，回复对话内的 SUBSCRIBE 刷新：该请求带有 `Suppress-If-Match`，其中的实体标签取自上一个 NOTIFY 的 SIP-ETag，且状态自那以后没有变化。',
    howToFix: [
      '刷新 SUBSCRIBE 带了 `Suppress-If-Match` 且状态未变时，这是预期行为：订阅方保留上一个 NOTIFY 中的状态。',
      '如果收到 204 后订阅方看到的状态像是过时的，检查它发送的实体标签：必须是最近一个 NOTIFY 的 SIP-ETag，不能是更早的。',
      '对初始的、对话外的 SUBSCRIBE 回 204 是通知方的缺陷：RFC 5839 只允许对已有订阅对话内的 SUBSCRIBE 这样回。',
    ],
    shortFix: '自所发实体标签以来状态未变：沿用上一个 NOTIFY 的状态，直到新 NOTIFY 到来',
    retry: '无需重试：订阅已刷新。保留最后已知的状态，并在到期前再次刷新。',
    related: {
      200: '对 SUBSCRIBE 的 200 之后会有 NOTIFY；204 表示有意不发 NOTIFY。',
      202: '202 是已弃用的 SUBSCRIBE 成功响应，之后仍有 NOTIFY；204 在状态未变时不发 NOTIFY。',
      412: '412 是失败：条件 PUBLISH 给出的实体标签服务器已不再保存；204 是成功，因为标签仍然一致。',
    },
    sentBy: ['notifier'],
    typicalMethods: ['SUBSCRIBE'],
  },
  300: {
    description:
      '该地址解析出多个可能的位置，主叫（用户或 UA）可以从中选择（RFC 3261 §21.3.1）。这些选项列在 Contact 头字段中（可能带 q 值），或放在消息体里。',
    whenItAppears:
      '由重定向服务器、或充当重定向服务器的注册服务器在一个 AOR 有多个已注册绑定时发送，也由提供备选终端的目录或位置服务发送。通常回复 INVITE；对 3xx 做递归处理的代理服务器可能会自行消化它，主叫根本看不到。',
    howToFix: [
      '列出各 Contact 头字段及其 q 和 expires 参数：跟随重定向的 UAC 通常按 q 值从高到低尝试（RFC 允许任意顺序），每个 URI 最多尝试一次（RFC 3261 §8.1.3.4）。',
      '如果主叫停在 300 而不去尝试这些选项，说明它不跟随重定向：在 Kamailio 中，于 failure_route 里调用 `get_redirects()`（uac_redirect 模块），把各 Contact 变成新的分支。',
      '如果本应由服务器替你选择，检查它为什么回重定向而不是代理转发：位置服务器开了重定向模式，或者换设备后一个 AOR 留下了多个绑定。',
    ],
    shortFix: '有多个可能的目标：按 q 值顺序尝试各 Contact URI，或启用重定向处理',
    retry:
      '向一个或多个 Contact URI 发送新请求，q 值最高的优先，同一个 URI 不要试两次；UA 无法决定时，把选项交给用户选择。',
    related: {
      302: '302 给出现在要尝试的唯一地址；300 给出多个，由主叫选择。',
      380: '380 表示呼叫失败，但可以改用其他类型的服务（在消息体中描述）；300 为同一服务提供其他位置。',
      485: '485 是针对有歧义的 Request-URI 的失败响应，可以建议无歧义的地址；300 表示列出的每个位置都有效。',
    },
    sentBy: ['redirect server', 'registrar'],
    typicalMethods: ['INVITE'],
  },
  301: {
    description:
      '在 Request-URI 处已找不到该用户；新地址在 Contact 头字段中（RFC 3261 §21.3.2）。由于是永久迁移，主叫还应当更新已保存的地址，如通讯录、拨号方案和位置缓存。',
    whenItAppears:
      '由重定向服务器或 UAS 在用户或域已永久迁移后发送：域已迁移、用户改号、中继地址已停用。通常回复 INVITE，但任何对话外请求都可能收到它。',
    howToFix: [
      '读取 301 的 Contact，并在地址的来源处更新它：通讯录、快速拨号、拨号方案条目或中继主机。',
      '如果某个中继或对端对每个呼叫都回 301，说明运营商已迁移服务：把中继的主机或出局代理改成新地址，而不是依赖每个呼叫都被重定向。',
      '检查环路：指回原 URI 或指向已尝试过地址的 Contact 不得重试（RFC 3261 §8.1.3.4）。',
    ],
    shortFix: '用户已永久迁移：向 Contact URI 重试，并更新保存的地址或中继主机',
    retry: '向 Contact URI 重试请求，以后的请求直接发往那里；不要再用旧的 Request-URI。',
    related: {
      302: '302 是临时迁移，只对本次呼叫或 Expires 时间内有效；301 表示要更新你的记录。',
      410: '410 表示用户已不存在且不知道新地址；301 给出了新地址。',
    },
    sentBy: ['redirect server', 'UAS'],
    typicalMethods: ['INVITE'],
  },
  302: {
    description:
      '被叫暂时可在别处找到；主叫应当向 Contact 头字段中的地址重试（RFC 3261 §21.3.3）。Expires 头字段或 Contact 的 expires 参数说明新地址可缓存多久；没有的话，它只对本次请求有效。',
    whenItAppears:
      '由重定向服务器发送，由以重定向方式实现呼叫前转的 PBX 和话机发送，也由用路由结果回复 INVITE 的路由引擎（最低成本路由、号码携带）发送。对 3xx 做递归处理的代理服务器会直接跟随它，不再向上游转发。',
    howToFix: [
      '检查主叫是否跟随重定向：Asterisk chan_pjsip 把 Contact 作为呼叫前转交给 Dial，具体行为由 endpoint 选项 `redirect_method` 决定（Dial 选项 `i` 会忽略前转）；FreeSWITCH 会跟随，除非 profile 设置了 `manual-redirect`。',
      '如果被重定向的呼叫失败，单独诊断新目标：它自己的 INVITE 有一个取自 Contact 的新 Request-URI。',
      '重定向环路（A 把主叫指向 B，B 又指回 A）只能靠 UAC 拒绝重复尝试同一 URI 来终止；留意连续多个 302 中反复出现的 Contact 值。',
      '路由引擎回 302 时，检查 Contact 中出局路由必须保留的路由数据，例如号码携带的路由号码（`rn=` 参数，RFC 4694）。',
    ],
    shortFix: '临时重定向：重发到 Contact URI，或在主叫侧启用重定向跟随',
    retry: '向 Contact URI 发送新请求；只在给定的 Expires 时间内缓存它，本次呼叫中已试过的 URI 不要再试。',
    related: {
      301: '301 是永久的，要求更新已保存的地址；302 只对当前有效。',
      181: '181 表示服务器自己前转呼叫；302 则要由主叫发送新的 INVITE。',
      305: '305 指定一个代理服务器，要求同一请求经它发送；302 为请求指定新的目标。',
    },
    sentBy: ['redirect server', 'UAS', 'PBX'],
    typicalMethods: ['INVITE'],
  },
  305: {
    description:
      '必须通过 Contact 头字段中指定的代理服务器访问该资源，主叫应当经由该代理重发这一个请求（RFC 3261 §21.3.4）。只有 UAS 可以发送它。与 HTTP 的 305 不同，它在 SIP 中没有被弃用。',
    whenItAppears:
      '由只接受经特定代理服务器到达的请求的 UAS 发送，例如位于强制边界代理之后的设备。实际中很少见，很多 UA 也没有实现它。',
    howToFix: [
      '读取 Contact：它指定的是要使用的代理服务器，而不是用户。同一请求应以该代理为下一跳重发。',
      '如果主叫遇到 305 就直接失败，改为静态配置该代理：Asterisk endpoint `outbound_proxy`、FreeSWITCH gateway `outbound-proxy`，或 Kamailio 路由中的 `$du`。',
      '只接受来自可信 UAS（最好经 TLS）的 305：它会把你的信令引向另一台主机，可能被攻击者利用。',
      '如果发送 305 的是代理服务器而不是 UAS，发送方违反了 RFC 3261 §21.3.4；请向其厂商报告。',
    ],
    shortFix: '必须经 Contact 中的代理服务器：经该代理重发，或将其配置为出局代理',
    retry: '经 Contact 中指定的代理服务器重发这一个请求；除非信任发送方，不要把该代理设为永久。',
    related: {
      302: '302 为请求给出新目标；305 保留目标，只指定经哪个代理服务器到达。',
      380: '380 建议消息体中描述的其他服务；305 要求同一服务经特定代理服务器。',
    },
    sentBy: ['UAS'],
    typicalMethods: ['INVITE'],
  },
  380: {
    description:
      '呼叫没有成功，但可以使用其他替代服务，具体在响应消息体中描述（RFC 3261 §21.3.5）。RFC 3261 没有定义消息体格式，由其他规范定义。',
    whenItAppears:
      '最常见于 IMS/VoLTE：UE 拨打紧急号码却没有走紧急呼叫流程时，P-CSCF 回 380，消息体为 `application/3gpp-ims+xml`，其中替代服务类型为“emergency”（3GPP TS 24.229）。在其他场景很少见。',
    howToFix: [
      '读取 Content-Type 和消息体：没有消息体的 380 没有任何有用信息。在 IMS 中，找到 alternative-service 元素及其 type 和 reason。',
      '对 IMS 中的 emergency 类型，UE 必须以紧急呼叫方式重试（必要时先做紧急注册，并使用 urn:service:sos 这样的紧急服务 URN）。',
      '如果是非 IMS 设备发送 380，查阅发送方文档了解其消息体格式，因为 RFC 3261 没有规定。',
    ],
    shortFix: '提供了替代服务：读消息体（IMS 紧急类型：改按紧急呼叫重试）',
    retry: '不要重发同一请求；改用消息体描述的替代方式，例如 IMS 中的紧急呼叫建立流程。',
    related: {
      302: '302 为同一服务指向另一个地址；380 指向另一种服务。',
      300: '300 为同一呼叫提供多个位置；380 表示本次呼叫失败，其他服务或许可行。',
    },
    sentBy: ['proxy', 'P-CSCF', 'UAS'],
    typicalMethods: ['INVITE'],
  },
};
