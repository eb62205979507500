import type { CodeProse } from '../../types';

/**
 * 417-429 的简体中文说明（对应 en/codes-417-429.ts）：来自 RFC 3892、4028、4412、6442、8224 和 8876 的扩展状态码，
 * 以及 RFC 3261 的 420、421 和 423。
 */
export const CLIENT_FAILURE_417_429_ZH: Readonly<Record<number, CodeProse>> = {
  417: {
    description:
      '请求带有 Resource-Priority 头字段，但网元不理解其中的命名空间（或优先级值）（RFC 4412 §4.6.2）。按本地策略，响应可以带 Accept-Resource-Priority 头字段，列出它能理解的命名空间与值的组合。',
    whenItAppears:
      '在支持优先级的网络中（政府应急通信方案、军用优先级体系）由代理服务器、网关和 UA 发送，针对标有本网元不认识的命名空间（如 dsn、drsn、q735、ets 或 wps）的 INVITE。RFC 4412 §4.6.2 规定，请求同时带有 Require: resource-priority 时必须回 417；不带时，网元应当把请求当作没有 Resource-Priority 来处理，不过有些产品可以配置为照样拒绝。对于已知命名空间、但主叫无权使用的情况，回的是 403。',
    howToFix: [
      '如果网元发送了 Accept-Resource-Priority 头字段，读取它：其中列出网元接受的 namespace.value 组合。',
      '将其与你发送的 Resource-Priority（例如“wps.2”或“dsn.flash”）比较，修正命名空间拼写或优先级值。',
      '如果这段呼叫不需要优先级标记，在通往该网络的边界 SBC 上去掉 Resource-Priority 和 Require: resource-priority。',
      '如果该网元应当支持这个命名空间，就在其配置中加上；如果本次呼叫的优先级处理是可选的，发送 Resource-Priority 时不带 Require: resource-priority，让不认识它的网元可以忽略（仍要留意那些即使如此也配置为拒绝未知命名空间的产品）。',
    ],
    shortFix: 'Resource-Priority 命名空间未知：改用 Accept-Resource-Priority 中列出的，或去掉它',
    retry:
      '用 Accept-Resource-Priority 头字段中的命名空间和值重试；如果不需要优先级处理，则不带 Resource-Priority 重试。',
    related: {
      420: '420 表示 Require 或 Proxy-Require 中的某个选项标签未知；417 表示优先级扩展本身已知，但命名空间或值未知。',
      403: '403 按策略拒绝请求，例如主叫无权使用该优先级；417 表示优先级标记没有被理解。',
    },
    sentBy: ['proxy', 'gateway', 'UAS'],
    typicalMethods: ['INVITE'],
  },
  420: {
    description:
      '服务器不理解 Require 或 Proxy-Require 头字段中列出的某个协议扩展（RFC 3261 §21.4.15）。它必须在 Unsupported 头字段中列出自己不支持的扩展。',
    whenItAppears:
      'UAS 对 Require 中的未知选项标签发送，代理服务器对 Proxy-Require 中的未知标签发送：UAC 向不支持的 PBX 或中继要求 100rel、timer、precondition 或 replaces，或 IMS 客户端向普通 SIP 服务器要求 sec-agree 或 precondition。网关把它映射为 Q.850 原因值 127。',
    howToFix: [
      '读 420 的 Unsupported 头字段：其中列出服务器不认识的选项标签。',
      '找到发送方把这些标签放进 Require 或 Proxy-Require 的地方；如果该功能是可选的，改为在 Supported 中声明（在 Asterisk pjsip 中，用 `100rel=yes` 而不是 `100rel=required`，用 `timers=yes` 而不是 `timers=required`）。',
      '如果确实需要该功能，就在接收方启用这个扩展。',
      'RFC 3261 §8.1.3.5 规定 UAC 应当去掉被拒绝的扩展后重试，检查它是否这样做了；只有在没有这些扩展呼叫就无法进行时，放弃才是正确的。',
    ],
    shortFix: '对端缺少你要求的扩展：看 Unsupported，把该标签从 Require 移到 Supported',
    retry: '重试时不再要求 Unsupported 头字段中列出的选项标签（RFC 3261 §8.1.3.5）。',
    related: {
      421: '421 正好相反：服务器需要一个客户端没有提供的扩展。',
      417: '417 表示 Resource-Priority 扩展已被理解，但其命名空间未被理解；420 表示扩展本身未知。',
    },
    sentBy: ['UAS', 'proxy'],
    typicalMethods: ['INVITE', 'UPDATE', 'REGISTER'],
  },
  421: {
    description:
      'UAS 处理该请求需要某个特定扩展，但请求没有在 Supported 中列出它（RFC 3261 §21.4.16）。响应在 Require 头字段中列出所需的扩展；UAS 只有在缺少这些扩展就无法处理请求时，才应当使用 421。',
    whenItAppears:
      '由策略严格的 UAS 或注册服务器发送：PBX 或网关要求每个 INVITE 都支持可靠临时响应（100rel）、会话定时器（timer）或前提条件（precondition），而主叫没有提供。',
    howToFix: [
      '读 421 的 Require 头字段，得到服务器坚持要求的选项标签。',
      '在 UAC 上启用这些扩展，使其在 Supported 中声明（在 Asterisk pjsip 中，在 endpoint 上设 `100rel=yes` 或 `timers=yes`）。',
      '如果 UAC 无法支持，把 UAS 的策略从“required”放宽为“supported”，使该扩展变为可选。',
      '检查路径上的 SBC 或 B2BUA 是否删掉了主叫的 Supported 头字段。',
    ],
    shortFix: '服务器要求你未提供的扩展：启用 Require 头字段中列出的选项标签',
    retry: '在 UAC 真正实现这些扩展之后，把 Require 头字段中的选项标签列入 Supported 再重试。',
    related: {
      420: '420 正好相反：客户端要求了服务器缺少的扩展。',
      494: '494 要求在 Supported 中列出了 sec-agree 的客户端进行安全机制协商；没有列出的客户端得到的是带 Require: sec-agree 的 421（RFC 3329 §2.3.2）。两者都带 Security-Server。',
    },
    sentBy: ['UAS', 'registrar'],
    typicalMethods: ['INVITE', 'REGISTER'],
  },
  422: {
    description:
      '请求中的 Session-Expires 值低于服务器接受的最小值（RFC 4028 §6）。响应必须带 Min-SE 头字段给出该最小值，它永远不低于 90 秒。',
    whenItAppears:
      '由 UAS 或代理服务器针对 Session-Expires 短于其策略的 INVITE 或 UPDATE 发送，例如话机请求 90 s，而运营商要求 1800 s。只有在请求表明支持会话定时器（Supported: timer）时才可以发送。',
    howToFix: [
      '读 422 中的 Min-SE，与被拒请求的 Session-Expires 和 Min-SE 比较。',
      '检查 UAC 是否发送了新的 INVITE，其 Session-Expires 不小于该 Min-SE，并带有携带该值的 Min-SE 头字段；仍重发旧值的 UAC 只会陷入循环。',
      '调大发送方的会话间隔（Asterisk pjsip `timers_sess_expires`、FreeSWITCH profile `session-timeout`）。',
      '如果拒绝方由你管理、而其最小值没必要这么高，就调低它（Asterisk `timers_min_se`、FreeSWITCH `minimum-session-expires`），但保持在 90 s 或以上。',
    ],
    shortFix: '会话间隔低于对端的 Min-SE：以 Session-Expires >= Min-SE 重发',
    retry:
      '重试时 Session-Expires 至少为 422 中的 Min-SE，并带 Min-SE 头字段，取所收到全部 422 中最大的 Min-SE（RFC 4028 §7.4）。另一跳再回 422 是正常的；同一网元再次回 422 则说明出现了循环。',
    related: {
      423: '423 是注册或订阅有效期上的同类问题（Expires 对 Min-Expires）；422 针对会话定时器。',
    },
    sentBy: ['UAS', 'proxy'],
    typicalMethods: ['INVITE', 'UPDATE'],
  },
  423: {
    description:
      '为被刷新的资源请求的有效期太短（RFC 3261 §21.4.17）。注册服务器用于 REGISTER，通知方用于 SUBSCRIBE；响应带 Min-Expires 头字段，给出可接受的最短间隔。',
    whenItAppears:
      '由注册服务器针对 Expires 头字段或 Contact 的 ;expires 参数低于其最小值的 REGISTER 发送（话机常选择较短的间隔来保持 NAT 绑定），由通知方针对 Expires 过短的 SUBSCRIBE 发送，也由事件状态合成器针对 PUBLISH 发送（RFC 3903）。',
    howToFix: [
      '读 423 中的 Min-Expires。',
      '同时检查 Expires 头字段和每个 Contact 的 ;expires 参数：参数优先，所以即使头字段没问题，过短的 ;expires 也会失败。',
      '调大客户端的间隔（话机的注册周期，或 Asterisk pjsip 出局注册的 `expiration`）。',
      '如果短间隔只是为了保持 NAT 打开，改用 CRLF 或 OPTIONS 保活，或调低服务器的最小值（Asterisk aor `minimum_expiration`、Kamailio registrar `min_expires`）。',
    ],
    shortFix: '有效期太短：以 Expires >= Min-Expires 重发 REGISTER/SUBSCRIBE',
    retry: '重试时 Expires（以及所有 Contact 的 ;expires）至少为 423 中的 Min-Expires。',
    related: {
      422: '422 针对会话定时器（Session-Expires 对 Min-SE）；423 针对注册、订阅或发布的有效期。',
    },
    sentBy: ['registrar', 'notifier'],
    typicalMethods: ['REGISTER', 'SUBSCRIBE', 'PUBLISH'],
  },
  424: {
    description:
      '请求因其位置信息被拒绝：位置格式错误、无法获取，或不足以满足接收方的用途（RFC 6442 §4.3）。424 必须带 Geolocation-Error 头字段，以代码和文本说明原因。',
    whenItAppears:
      '由 UAS 或按位置路由的代理服务器（紧急服务路由代理、PSAP）发送，针对带 Geolocation 头字段的 INVITE 或 MESSAGE，该头字段指向 PIDF-LO 消息体部分（cid:）或位置 URI。主要见于 NG911/NG112 和企业紧急呼叫。',
    howToFix: [
      '读 Geolocation-Error 头字段：其代码和文本说明位置是无法处理、无法解引用，还是不允许使用。',
      '对 cid: 引用，检查多部分消息体中是否有 application/pidf+xml 部分，且其 Content-ID 与 Geolocation 的值一致。',
      '对 http(s) 或 sip 引用，检查接收方能否访问它、是否被允许解引用（防火墙、TLS 证书、授权）。',
      '校验 PIDF-LO 本身：格式正确的 XML 文档，含接收方所用规范（profile）接受的大地坐标（geodetic）形状或街道地址（civic）。',
    ],
    shortFix: '请求中的位置有误或无法获取：检查 Geolocation-Error、PIDF-LO 和 Content-ID',
    retry: '用修正后或完整的位置信息重试；重发同一个位置对象会得到同样的响应。',
    related: {
      400: '400 是请求格式错误；424 表示请求本身没问题，但其位置信息不可用。',
    },
    sentBy: ['UAS', 'proxy', 'PSAP'],
    typicalMethods: ['INVITE', 'MESSAGE'],
  },
  425: {
    description:
      '接收方无法处理非交互式紧急呼叫的告警载荷，即请求中携带的 CAP（Common Alerting Protocol，通用告警协议）文档（RFC 8876）。AlertMsg-Error 头字段给出原因代码。虽然名字相似，它与 Alert-Info 头字段毫无关系。',
    whenItAppears:
      '由 PSAP 或紧急服务路由代理发送，针对来自自动化来源（如报警主机、传感器或车载系统）的 MESSAGE（或 INVITE），其 CAP 告警已损坏、无法获取或信息不足。完全不含 CAP 数据的请求不得得到 425（RFC 8876 §5.1）。',
    howToFix: [
      '读 AlertMsg-Error 代码：100 无法处理载荷，101 载荷缺失或找不到，102 信息不足以判断告警目的，103 载荷已损坏。',
      '对 101，检查请求中确实有 CAP 消息体部分，且对它的引用与其 Content-ID 一致。',
      '对 102 或 103，按 CAP schema 和 RFC 8876 的规范校验 CAP XML，并补全说明告警内容的元素。',
      '检查路径上的 SBC 或 B2BUA 是否丢弃或重新编码了多部分消息体。',
    ],
    shortFix: '紧急 CAP 告警载荷被拒：读 AlertMsg-Error（100-103），修正 CAP 消息体',
    retry: '只有在修正 CAP 载荷后才重试；同样的载荷会再次被拒绝。',
    related: {
      400: '400 是 SIP 请求格式错误；425 表示请求本身没问题，但其 CAP 告警载荷有问题。',
      488: '488 拒绝的是媒体会话的 offer（提议）；425 拒绝的是告警载荷，与媒体无关。',
    },
    sentBy: ['PSAP', 'proxy'],
    typicalMethods: ['MESSAGE', 'INVITE'],
  },
  428: {
    description: '验证方的策略要求 Identity 头字段，而请求中没有（RFC 8224 §6.2.2）。主叫身份没有签名，因此无从验证。',
    whenItAppears:
      '由 STIR 验证服务发送（通常在终接运营商处，或设为要求签名呼叫的企业 SBC 上），回复不带 Identity 头字段的 INVITE：始发运营商没有签名，呼叫从 TDM 或不支持 STIR 的互联接口进入，或途中的 SBC 或 B2BUA 删除了该头字段。',
    howToFix: [
      '确认收到的 INVITE 确实没有 Identity 头字段，再查看同一 INVITE 离开始发侧时的样子：如果在那里已签名，说明中间某台设备删掉了该头字段。',
      '配置中间的 SBC 和 B2BUA 透传 Identity，包括那些为了让 INVITE 足够小以适合 UDP 而裁剪头字段的设备。',
      '如果始发侧从不签名，用运营商的 STIR/SHAKEN 证书启用其认证服务。',
      '在验证侧，确认拒绝未签名呼叫确实是预期的策略；很多部署会接受它们，只标记为未验证。',
    ],
    shortFix: '验证方要求签名呼叫却没收到 Identity 头字段：签名，或别再删除它',
    retry: '只有在认证服务添加了 Identity 头字段后才重试；未签名的重试会得到同样的 428。',
    related: {
      436: '436 表示带有 Identity，但其证书 URL 无法获取或无法使用；428 表示没有收到可用的 Identity（完全没有，或只有验证方不支持的 PASSporT 类型）。',
      438: '438 表示 Identity 签名验证失败；428 表示根本没有签名。',
      608: '608 是中间节点（如呼叫分析引擎）拒绝了呼叫；428 针对缺失的签名。',
    },
    sentBy: ['STIR verifier', 'proxy', 'B2BUA'],
    typicalMethods: ['INVITE'],
    stirShaken:
      '策略要求 Identity 头字段（PASSporT），而请求中没有（RFC 8224）。始发侧的认证服务必须为呼叫签名，途中任何设备都不得删除该头字段。',
  },
  429: {
    description:
      '转接目标（refer target）要求证明是谁请求了这次操作：一个有效的 Referred-By 令牌，即绑定转接发起方身份的签名消息体（RFC 3892 §5）。仅有 Referred-By 头字段对它来说不够。',
    whenItAppears:
      '在呼叫转接中由转接目标发送：转接发起方（referrer）向被转接方（referee）发送 REFER，被转接方向目标发送 INVITE，其 Referred-By 复制自 REFER，而目标的策略要求签名令牌，请求中却没有或验证不通过（无效令牌必须得到 429，RFC 3892 §2.3）。被转接方也可以在 REFER 不带令牌时直接对 REFER 回 429（§2.2）。除使用 S/MIME 的部署外很少见。',
    howToFix: [
      '检查触发的 INVITE：其 Referred-By 头字段是否带指向签名消息体部分的 cid 参数，该部分是否存在？',
      '记住被转接方自己无法生成令牌：令牌必须由转接发起方在 REFER 中提供。',
      '检查被转接方是否通过 NOTIFY（message/sipfrag 消息体）把 429 报告给了转接发起方，以便后者发送带令牌的新 REFER。',
      '如果你的设备无法生成 Referred-By 令牌，修改目标的策略，基于其他依据信任转接（已认证的对端、断言身份的可信网络）。',
    ],
    shortFix: '转接目标要求签名的 Referred-By 令牌：须由转接发起方在 REFER 中提供',
    retry:
      '被转接方不应当原样重发请求：转接发起方必须先在新的 REFER 中提供 Referred-By 令牌，被转接方再带着它重发请求。',
    related: {
      403: '403 是单纯的拒绝；429 明确指出缺少的是转接发起方的身份证明，添加令牌即可解决。',
    },
    sentBy: ['UAS'],
    typicalMethods: ['INVITE', 'REFER'],
  },
};
