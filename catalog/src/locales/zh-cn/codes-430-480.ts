import type { CodeProse } from '../../types';

/** 430-480 的简体中文说明：Outbound、匿名、STIR 身份、Max-Breadth、Info Package、许可和 480。 */
export const CLIENT_FAILURE_430_480_ZH: Readonly<Record<number, CodeProse>> = {
  430: {
    description:
      'SIP Outbound（RFC 5626 §11.5）：请求必须经某一条特定的 flow 送到用户代理（UA 注册时建立的 TCP/TLS 连接或 UDP 保活绑定），而这条 flow 已经不存在。产生该状态码的边缘代理规则见 RFC 5626 §5.3。',
    whenItAppears:
      '由边缘代理或 SBC（会话边界控制器）发给归属（home）代理：带 flow token 路由的请求（例如发往已注册话机的 INVITE、MESSAGE 或对话内请求）无法写入话机注册时使用的连接。常见于 NAT 绑定过期、话机切换网络或休眠、边缘代理重启之后。',
    howToFix: [
      '根据 430 的 Via/Server 头字段确定是哪台边缘代理，并从它未能转发的请求的 Route 或 Request-URI 中找出 flow token。',
      '在边缘代理上检查这条 flow：请求到达之前，话机的 TCP/TLS 连接是否已经关闭（查看连接日志、NAT 空闲超时、TLS 重置）？',
      '检查保活：REGISTER 的 2xx 中的 Flow-Timer 值，以及话机发送 CRLF ping（TCP/TLS）或 STUN binding 请求（UDP）的间隔是否短于 NAT 回收空闲绑定的时间。',
      '在归属代理上，确保收到 430 后改用同一 +sip.instance 的另一条 flow（另一个 reg-id），并删除失效的绑定，而不是让呼叫失败（RFC 5626 §7）。',
      '如果话机只有一条 flow，应让它在发现 flow 失效后立即重新注册，这样下一次呼叫时已有新的 flow 可用。',
    ],
    shortFix: '到已注册 UA 的 flow 已断开：检查保活和 NAT 超时，UA 必须重新注册',
    retry:
      '归属代理应当改用同一实例已注册的另一条 flow 重试；失效 flow 所属的 UA 必须重新注册。未实现 RFC 5626 的 UAC 把 430 当作 400 处理（RFC 3261 §8.1.3.2）。',
    related: {
      439: '439 是因第一跳不支持 outbound 而拒绝 outbound 注册；430 是已建立的 outbound flow 失效。',
      480: '430 只在代理服务器之间传递，终端不应当收到它（RFC 5626 §11.5）。代理没有可用 flow 时必须给主叫回其他响应，通常是 480。',
    },
    sentBy: ['edge proxy'],
    typicalMethods: ['INVITE', 'MESSAGE', 'SUBSCRIBE', 'NOTIFY'],
  },
  433: {
    description:
      '服务器因请求是匿名的而拒绝它（RFC 5079 §5）：被叫或代表被叫的业务不接受隐藏主叫身份的呼叫。与 403 不同，它告诉主叫：公开身份后可能会成功。',
    whenItAppears:
      '由被叫 UA，或运行匿名呼叫拒绝业务的代理服务器、应用服务器发送，用来回复 From 为匿名（sip:anonymous@anonymous.invalid）或带 Privacy: id、Privacy: user（RFC 5079 §3）的 INVITE（或 MESSAGE），此时被叫拿不到可用的身份。',
    howToFix: [
      '查看被拒绝的请求：From URI、Privacy 头字段（id、header、user），以及在信任边界之前是否带有 P-Asserted-Identity。',
      '如果主叫并不想隐藏号码，找出是谁加的隐私设置：话机或 PBX 中继上的 CLIR（隐藏主叫号码）设置，或默认设置 Privacy: id 的运营商配置。',
      '如果确实要匿名，说明被叫开启了匿名呼叫拒绝：要么主叫显示身份，要么被叫允许匿名呼叫。',
      '在互联点上确认断言身份在该保留的地方被保留（P-Asserted-Identity 在信任域内保留），避免主叫被意外变成匿名。',
    ],
    shortFix: '被叫拒绝匿名呼叫：带主叫号码呼叫（检查 Privacy/From 头字段）',
    retry: '只有在用户同意放弃匿名时，主叫才可以公开身份后重试（RFC 5079 §4）。继续匿名重试会得到同样的响应。',
    related: {
      403: '403 是重试也无法解决的拒绝；433 指明了原因（匿名），公开身份后重试可能成功。',
      603: '603 是用户以任何理由拒绝这次呼叫，并停止所有分叉；433 只是针对匿名呼叫的策略。',
    },
    sentBy: ['UAS', 'proxy', 'application server'],
    typicalMethods: ['INVITE', 'MESSAGE'],
  },
  436: {
    description:
      '验证服务无法使用 Identity 头字段 info 参数中的 URI（RFC 8224 §6.2.2）：它指向的证书取不到，或取回的内容不是可用的凭据。RFC 4474 中该状态码叫“Bad Identity-Info”，协议栈仍在发送这个原因短语。',
    whenItAppears:
      '由 STIR 验证服务（终接运营商的 SBC 或 STI-VS）在获取证书 URL 失败时回复签名的 INVITE：DNS 或 TLS 错误、HTTP 404/403、超时、本地策略不接受的 URL（例如 SHAKEN 要求 HTTPS），或返回内容不是证书链。',
    howToFix: [
      '从 Identity 头字段中取出 info= URL（以及 PASSporT 头部中的 x5u；在 SHAKEN 中两者应当指向同一张证书）。',
      '从验证方所在网络访问该 URL：检查 DNS、证书仓库的 HTTPS 证书、HTTP 状态、重定向和响应时间。',
      '检查 URL 返回的内容：应是签名密钥的 PEM 证书链，而不是 HTML 页面、失效链接或登录页。',
      '如果是偶发失败，检查证书仓库的可用性，以及验证方的获取超时和缓存。',
    ],
    shortFix: '验证方取不到 Identity info/x5u 指向的证书：检查该 URL 能否通过 HTTPS 访问',
    retry:
      '不要原样重发。在签名侧修好证书 URL 或其托管，之后的新呼叫就能通过验证；如果策略允许未签名呼叫，主叫也可以去掉有问题的 Identity 头字段后重试。',
    related: {
      437: '437 表示证书已取到但不被接受（不受信任、已过期、不支持）；436 表示证书根本取不到或无法使用。',
      438: '438 表示签名或头字段验证失败；436 在更早一步（获取证书）就失败了。',
      428: '428 表示没有 Identity 头字段；436 表示有，但其证书 URL 有问题。',
    },
    sentBy: ['verification service', 'SBC', 'proxy'],
    typicalMethods: ['INVITE'],
    stirShaken:
      '验证结果为“证书 URL 无法解引用”。按 RFC 9410，让呼叫继续的验证方会以 Reason: STIR;cause=436 报告它，而不是让呼叫失败。',
  },
  437: {
    description:
      '验证服务取到了 Identity 头字段指向的凭据，但不接受它（RFC 8224 §6.2.2）：证书链不能追溯到验证方接受的信任锚，证书已过期或被吊销，或者使用了验证方不支持的类型或算法。RFC 4474 中该状态码叫“Unsupported Certificate”。',
    whenItAppears:
      '由 STIR/SHAKEN 验证服务在取到证书之后回复签名的 INVITE。常见原因：证书来自验证方不信任的 CA（不在 SHAKEN 信任列表中），证书已过期或尚未生效，证书已被吊销，或密钥类型不受支持。',
    howToFix: [
      '从 info/x5u URL 取得证书并查看：签发链、notBefore/notAfter 日期和密钥算法（SHAKEN 使用 ES256）。',
      '检查证书链是否终止于验证方信任的 CA（SHAKEN 中为策略管理机构批准的 CA），以及中间证书是否随证书一起提供。',
      '检查吊销状态（CRL）；证书已过期或即将过期时更新证书。',
      '如果验证方是你自己的，更新其信任列表和 CRL 缓存；过时的信任库会拒绝正常的证书。',
    ],
    shortFix: '签名证书不受信任、已过期或不受支持：更新证书或修正验证方的信任列表',
    retry: '不要原样重发。签名方必须使用验证方信任的证书；证书或信任列表修好后，呼叫即可恢复成功。',
    related: {
      436: '436 是“取不到或无法使用 URL 上的证书”；437 是“取到了，但不信任或不支持”。',
      438: '438 表示证书没问题，但对请求的签名验证不通过；437 表示证书本身被拒绝。',
    },
    sentBy: ['verification service', 'SBC', 'proxy'],
    typicalMethods: ['INVITE'],
    stirShaken:
      '验证结果为“凭据不受信任、已过期或不受支持”。按 RFC 9410，可以在呼叫继续的同时以 Reason: STIR;cause=437 报告。',
  },
  438: {
    description:
      'Identity 头字段无效（RFC 8224 §6.2.2）：用签名方证书验证 PASSporT 签名不通过，或者头字段无法解析。它说明收到的请求与当初签名的内容不一致。',
    whenItAppears:
      '由 STIR/SHAKEN 验证服务在签名校验失败时回复签名的 INVITE。常见原因：签名后有中间节点改写了主叫或被叫号码（号码规整，加上或去掉 +1），Identity 头字段被截断或重新编码，或者证书与签名密钥不匹配。',
    howToFix: [
      '解码 Identity 头字段中的 PASSporT，把其中的 orig 和 dest 号码与验证方收到的 From/P-Asserted-Identity 和 To/Request-URI 对比。',
      '如果不一致，找出在认证服务签名之后改写号码的节点：改为在号码规整之后签名，或停止改写。',
      '检查头字段是否完整到达：没有被 SBC 折行、截断或重新加引号，且 ppt 和 alg 参数与 PASSporT 一致。',
      '确认 info/x5u 处的证书包含与认证服务签名私钥对应的公钥。',
    ],
    shortFix: 'PASSporT 签名验证不通过：检查签名后号码是否被改写',
    retry: '不要重发同一个 Identity 头字段。修正签名或头字段改写；不带签名重发的呼叫是否被接受，取决于终接侧的策略。',
    related: {
      436: '436 在签名校验之前就失败了，因为取不到证书；438 已有证书，但校验失败。',
      437: '437 拒绝的是证书本身；438 拒绝的是用该证书做的签名。',
      428: '428 表示完全没有 Identity 头字段；438 表示有，但无效。',
      403: 'Date 头字段（或完整形式 PASSporT 的 iat）早于时效策略的请求会得到 403 “Stale Date”（RFC 8224 §6.2.2），而不是 438；其他 403 是一般的策略拒绝。',
    },
    sentBy: ['verification service', 'SBC', 'proxy'],
    typicalMethods: ['INVITE'],
    stirShaken:
      '验证结果为“签名验证不通过”。按 RFC 9410，可以用 Reason: STIR;cause=438 携带该结果，让始发网络得知问题而不必让呼叫失败。',
  },
  439: {
    description:
      '注册服务器拒绝一次 outbound（RFC 5626）注册，因为 REGISTER 经过的第一跳不支持 SIP Outbound（RFC 5626 §11.6；UA 行为见 §4.2.1）。边缘不支持 outbound，注册服务器就无法让请求走 UA 建立的那条 flow。',
    whenItAppears:
      '由注册服务器回复要求 outbound 的 REGISTER（Contact 中带 reg-id，Supported 中带 outbound 选项标签），而第一跳不支持它：没有 Path 头字段，或第一个 Path 条目没有 ob 参数（RFC 5626 §6）。如果没有 Supported: outbound，注册服务器会直接忽略 reg-id。',
    howToFix: [
      '检查 REGISTER：带 reg-id 和 +sip.instance 的 Contact、Supported: outbound，以及注册服务器收到的 Path 头字段。',
      '如果前面有边缘代理或 SBC，在其上启用 outbound，让它添加带 ;ob 的 Path URI（Kamailio 中为 path 和 outbound 模块）。',
      '如果不需要 outbound，在 UA 上关闭它（pjsua：账户设置 use_rfc5626），让它不带 reg-id 注册。',
      '或者让 UA 使用支持 RFC 5626 的出局代理。',
    ],
    shortFix: '边缘代理不支持 SIP Outbound：在其上启用 ;ob Path 支持，或在 UA 上关闭 outbound',
    retry:
      'UA 可以不用 outbound 重新注册，或经由另一个支持 outbound 的出局代理注册（RFC 5626 §4.2.1）。重复同样的 REGISTER 仍会得到 439。',
    related: {
      430: '430 报告已有的 outbound flow 失效；439 是一开始就拒绝建立 flow。',
      421: '421 要求客户端使用它没有使用的扩展；439 表示缺少 outbound 扩展的是路径，而不是客户端。',
    },
    sentBy: ['registrar'],
    typicalMethods: ['REGISTER'],
  },
  440: {
    description:
      '分叉代理无法转发请求，因为 Max-Breadth 额度已经用完（RFC 5393 §5.3.3）：Max-Breadth 限制一个请求在所有代理上同时存在的并行分支数，这个分支已无额度可用。',
    whenItAppears:
      '由做并行分叉的代理（分叉到多个已注册 contact、寻线组或另一个分叉代理）在收到的 Max-Breadth 值太小、无法给每个新分支至少分到 1 时发送。常见于嵌套分叉：分叉到组的组呼，或经过分叉代理的环路。',
    howToFix: [
      '在每一跳代理上查看请求的 Max-Breadth 头字段，找出它在哪里降到无法分给各分支的值。',
      '查找嵌套或递归分叉（组中包含组，contact 又指回分叉代理），把它改为扁平结构。',
      '检查是否有反复对同一呼叫重新分叉的转发环路；日志中别处出现的 482 或 483 可以指出它。',
      '如果确实需要大范围并行分叉，尽量改为顺序分叉。提高 Max-Breadth 的作用有限，不会超过各代理自己的上限：每个代理都必须有上限（推荐值 60），并用它覆盖更大的传入值（RFC 5393 §5.3.3），所以路径上最严格的代理的上限起作用。',
    ],
    shortFix: '并行分叉额度（Max-Breadth）已用完：消除嵌套分叉或改为顺序分叉',
    retry: '立即重试同一请求会碰到同样的限制。顺序分叉的代理可以复用已结束分支释放的额度（RFC 5393）。',
    related: {
      483: '483 表示请求串行经过的跳数太多（Max-Forwards 为 0）；440 表示它同时展开的分支太多。',
      482: '482 是通过检查 Via 发现的环路；440 是广度限制，经过分叉代理的环路也会耗尽它。',
    },
    sentBy: ['proxy'],
    typicalMethods: ['INVITE', 'MESSAGE', 'SUBSCRIBE'],
  },
  469: {
    description:
      'UA 收到了一个 INFO 请求，其 Info Package 是它从未声明接受的（RFC 6086 §4.2.2）。469 在 Recv-Info 头字段中列出它接受的 package。',
    whenItAppears:
      '由收到 INFO 的 UA（主叫或被叫）发送：INFO 的 Info-Package 头字段中的 package 从未出现在该 UA 在对话中发出的 Recv-Info 头字段里（INVITE、2xx、re-INVITE 或 UPDATE 中）。常见于 B2BUA（背靠背用户代理）在两侧呼叫段之间丢掉了 Recv-Info，或发送方未经协商就假定对方支持某个 package。',
    howToFix: [
      '把失败 INFO 的 Info-Package 与接收方此前在对话中发出的 Recv-Info 头字段、以及 469 中的 Recv-Info 对比。',
      '只发送对端列出的 package，或者在接收方启用该 package，让它在 Recv-Info 中声明。',
      '检查 UA 之间的 B2BUA 和 SBC：它们必须透传 Recv-Info 和 Info-Package，或者在每个呼叫段上分别协商 package。',
      '对于旧式 INFO（例如用 application/dtmf-relay 传 DTMF），不要带 Info-Package：旧式 INFO 用法不做 package 检查。',
    ],
    shortFix: '对端未声明该 Info-Package：使用其 Recv-Info 中的 package，或先协商',
    retry:
      '不要重发同一个 INFO。使用 469 的 Recv-Info 中的 package，或用带 Recv-Info 的 re-INVITE 或 UPDATE 重新协商。对话本身不受影响。',
    related: {
      489: '489 拒绝 SUBSCRIBE/NOTIFY/PUBLISH 中未知的事件包；469 拒绝 INFO 中未知的 Info Package。',
      415: '415 拒绝 UA 无法解析的消息体类型；469 拒绝的是 package，与消息体无关。',
    },
    sentBy: ['UAS'],
    typicalMethods: ['INFO'],
  },
  470: {
    description:
      '中转节点（relay）被要求把请求发给一组 URI，但至少有一个接收方没有给出许可（RFC 5360 §5.9.2）。响应应当在 Permission-Missing 头字段中列出缺少许可的接收方。',
    whenItAppears:
      '由 URI 列表服务器或其他中转节点（消息分发器、会议焦点、列表服务器）回复请求中带 URI 列表的 MESSAGE、INVITE 或 SUBSCRIBE：部分接收方尚未允许该中转节点向其发送流量。',
    howToFix: [
      '查看 470 的 Permission-Missing 头字段，确定哪些接收方尚未给出许可。',
      '让中转节点通过 RFC 5360 许可框架向这些接收方申请许可，并等待其授予。',
      '在此期间，如果业务允许部分投递，去掉未许可的 URI 后重发。',
    ],
    shortFix: '部分列表接收方未给出许可：查看 Permission-Missing，取得许可或将其移除',
    retry: '在 Permission-Missing 中的接收方授予许可后重试，或去掉这些接收方后重试。立即原样重试仍会得到 470。',
    related: {
      403: '403 是重试也无法解决的拒绝；470 指明缺少的许可，许可授予后即可成功。',
    },
    sentBy: ['relay', 'URI-list server'],
    typicalMethods: ['MESSAGE', 'INVITE', 'SUBSCRIBE'],
  },
  480: {
    description:
      '找到了被叫，但被叫现在不可用（RFC 3261 §21.4.18）：未注册、开启了免打扰，或无人应答。知道该用户但当前没有其 contact 的代理服务器或重定向服务器也会使用它。原因短语应当给出更多信息，Retry-After 可以指明何时再试。',
    whenItAppears:
      '由注册服务器或代理服务器在 AOR 存在但没有已注册 contact 时发送；由 UAS 或 PBX（用户交换机）在开启 DND（免打扰）或振铃无应答定时器到期时发送；也由网关在映射 Q.850 原因值 19、20 和 31 时发送（RFC 3398）。大多回复 INVITE，也会回复 MESSAGE 和 SUBSCRIBE。',
    howToFix: [
      '检查呼叫时被叫是否已注册（kamctl ul show、Asterisk pjsip show contacts、FreeSWITCH sofia status profile <name> reg）。',
      '如果已注册，确认 INVITE 是否到达了设备，以及 480 由谁产生：设备（DND）、PBX（无应答超时）还是代理（没有可用 contact）。',
      '如有 Reason 头字段，查看它：Q.850 原因值 19（用户未应答）、20（用户缺席）或 31（正常，未规定）说明远端网络为何放弃；RFC 3398 把这三个都映射为 480。',
      '对于已注册但不可达的话机，检查 NAT 保活和注册有效期；对于无应答，检查振铃超时，并为 480 添加语音信箱或前转规则。',
    ],
    shortFix: '被叫当前不可达（未注册、DND 或无应答）：检查注册状态和定时器',
    retry:
      '稍后再试，不要立即重试：有 Retry-After 时遵守它。分叉代理会继续尝试其他分支，用户可能在另一个 contact 上可达。',
    related: {
      486: '486 表示已联系到被叫且被叫忙；480 表示被叫不可达或无应答。',
      404: '404 表示该域根本不认识此用户；480 表示用户存在，但当前没有可达的 contact。',
      408: '408 表示没有按时收到最终响应；480 表示有服务器明确回复被叫不可用。',
      600: '600 是所有位置都确定忙；480 是临时的，只针对这一次尝试。',
      603: '603 是明确拒绝并停止所有分叉；480 是不可用，其他分支仍可能成功。',
    },
    sentBy: ['UAS', 'proxy', 'registrar', 'gateway'],
    typicalMethods: ['INVITE', 'MESSAGE', 'SUBSCRIBE'],
  },
};
