import type { CodeProse } from '../../types';

/** 481-494 的简体中文说明，依据 RFC 3261 §21.4 以及 RFC 3329、RFC 6665。 */
export const CLIENT_FAILURE_481_494_ZH: Readonly<Record<number, CodeProse>> = {
  481: {
    description:
      'UAS 收到的请求不匹配它已知的任何对话或事务（RFC 3261 §21.4.19）：Call-ID 和 tag 指向一个在这里从未存在或已经结束的对话，或者 CANCEL 匹配不到任何 INVITE 事务。',
    whenItAppears:
      '由 UAS 或 B2BUA（背靠背用户代理）发送，回复以下请求：UAS 已拆除的对话内的 BYE、re-INVITE、UPDATE、INFO、NOTIFY 或 REFER；匹配不到 INVITE 事务的 CANCEL（INVITE 从未经过这一跳，或其事务已经结束；在 2xx 之后不久到达的 CANCEL 仍能匹配，因为 RFC 6026 让 INVITE 服务器事务在 Accepted 状态保持 64*T1，默认 32 s，所以它通常得到 200 且不起作用，见 RFC 3261 §9.2）；以及针对已过期订阅的 SUBSCRIBE 刷新或 NOTIFY。',
    howToFix: [
      '把被拒请求的 Call-ID、From tag 和 To tag 与建立对话的 INVITE 和 2xx 对比；不一致通常说明某个 SBC 或 B2BUA 只在一侧呼叫段上改写了其中之一。',
      '在呼叫中往前查找 UAS 侧的 BYE、会话定时器到期或 RTP 超时挂机：对话可能已经不存在了。',
      '对于收到 481 的 CANCEL，检查它是否与 INVITE 发往同一个下一跳、带同一个 Via branch，以及它在 INVITE 最终响应之后多久发出：2xx 之后事务保持 64*T1（RFC 6026），非 2xx 之后只保持到 ACK 之后不久（Timer I，RFC 3261 §17.2.1），更晚的 CANCEL 就匹配不到任何东西。',
      '对于 SUBSCRIBE/NOTIFY，把订阅的 Expires 与刷新时间对比，应在到期之前提前足够时间刷新。',
    ],
    shortFix: '请求在 UAS 上匹配不到对话：检查 Call-ID/tag 是否被改写，或对话已结束',
    retry:
      '不要重试该请求。对话内请求收到 481 表示对话已不存在：UAC 应当在本地结束对话（RFC 3261 §12.2.1.2）。对于订阅，新建一个订阅。',
    related: {
      487: '487 是被 CANCEL 中止的 INVITE 的响应；481 是对什么都匹配不到的请求（通常是 CANCEL 或 BYE）的响应。',
      408: '408 表示没有按时收到响应；481 是对方及时回复对话不存在。两者作为对话内请求的响应时，都会结束对话。',
    },
    sentBy: ['UAS', 'B2BUA'],
    typicalMethods: ['BYE', 'CANCEL', 'INVITE', 'UPDATE', 'NOTIFY', 'SUBSCRIBE'],
  },
  482: {
    description:
      '代理服务器发现请求绕回到了自己（RFC 3261 §21.4.20）：RFC 3261 §16.3 的环路检查（RFC 5393 对其做了加强）在 Via 中找到了自己的地址，且 branch 表明这是同一个请求，而不是合法的螺旋（spiral）。',
    whenItAppears:
      '由有状态代理在路由把请求原样送回自己时发送：两个代理、或代理与 PBX（用户交换机）互相把同一个 Request-URI 路由给对方；DNS/SRV 记录指回发送方；或前转规则指向呼叫进来的那条中继。',
    howToFix: [
      '查看环路请求的 Via 头字段：重复出现的主机说明哪些节点构成了环路。',
      '在这些节点上逐跳跟踪该 Request-URI 的路由决策（拨号方案、dispatcher 或 LCR 规则、DNS SRV），找出把请求送回去的那一个。',
      '修改规则，让请求到达另一个目的地；没有路由时在本地回复（404/480）。',
      '如果 Request-URI 本应在两次经过之间发生变化（螺旋，例如号码变换之后），确认它确实变了。',
    ],
    shortFix: '路由环路：跟踪 Via 中的主机，修正把请求送回去的规则',
    retry: '路由修好之前不要重试；同一个请求会再次形成环路。',
    related: {
      483: '483 表示 Max-Forwards 降到 0，这是 482 看不到的环路（例如经过 B2BUA）通常的结局；482 是从 Via 栈中发现的。',
      440: '440 表示并行分叉额度用完；482 表示一条路径绕回了自己。',
    },
    sentBy: ['proxy'],
    typicalMethods: [],
  },
  483: {
    description:
      '请求到达时 Max-Forwards 为 0，服务器不得再转发它（RFC 3261 §21.4.21）。每个代理都会把 Max-Forwards 减 1（UAC 通常从 70 开始），所以 483 意味着路径非常长，或者几乎总是出现了环路。',
    whenItAppears:
      '由代理服务器或 B2BUA 在收到 Max-Forwards: 0 的请求时发送（RFC 3261 §16.3 第 3 步）。经过 B2BUA 的环路会以这种方式结束：每个 B2BUA 都新建 Via 栈，所以 482 永远不会触发；但复制并递减 Max-Forwards 的 B2BUA 会让环路最终耗尽跳数。',
    howToFix: [
      '对比路径上各处的 Max-Forwards 值：每跳减 1 且同一个 Request-URI 反复出现，就是环路。',
      '根据日志时间戳和 Call-ID（每个 B2BUA 呼叫段有自己的 Call-ID）找出环路中的节点，修正把呼叫送回去的路由规则。',
      '检查没有节点把 Max-Forwards 设得过低，且 B2BUA 复制并递减它而不是重置它（RFC 7332），这样环路才能被发现。',
    ],
    shortFix: '达到跳数上限（Max-Forwards 为 0）：路由环路，常经过 B2BUA；逐跳跟踪并修正路由',
    retry: '环路或过长路径修好之前不要重试。',
    related: {
      482: '482 是从 Via 头字段立即发现的环路；483 是跳数上限，由 482 看不到的环路触发。',
      440: '440 限制请求分叉的宽度；483 限制其路径的长度。',
    },
    sentBy: ['proxy', 'B2BUA'],
    typicalMethods: [],
  },
  484: {
    description:
      'Request-URI 不完整（RFC 3261 §21.4.22）：目前收到的号码与某个拨号规则的开头匹配，但还不是完整号码。原因短语应当给出更多信息。重叠拨号（RFC 3578）和 Q.850 原因值 28 在 SIP 中都用它表示。',
    whenItAppears:
      '由 PBX、代理服务器或 PSTN 网关回复用户部分对拨号方案而言太短的 INVITE：用户还没拨完话机就发出了呼叫（数图或位间超时），缺少前缀或国家码，或 PSTN 返回了原因值 28（无效号码格式）。',
    howToFix: [
      '把 Request-URI 的用户部分与它应匹配的拨号方案规则对比（长度、前缀、国家码）。',
      '如果话机发出过早，修正其数图或位间超时，或拨号后按发送键/#。',
      '如果某个规整步骤丢了数字（去前缀、E.164 转换），修正该号码变换。',
      '在 Asterisk 上，pjsip endpoint 选项 allow_overlap 决定部分匹配时是否回复 484。',
    ],
    shortFix: '号码不完整：按拨号方案、数图和前缀规则检查所拨号码',
    retry: '用完整号码重发：在重叠拨号中，发送带更多数字的新 INVITE（RFC 3578）。同一个 Request-URI 仍会得到 484。',
    related: {
      404: '404 表示完整地址不存在；484 表示再多拨几位就会有效。',
      485: '485 表示地址匹配多个用户；484 表示地址太短，匹配不到任何用户。',
    },
    sentBy: ['proxy', 'PBX', 'gateway'],
    typicalMethods: ['INVITE'],
  },
  485: {
    description:
      'Request-URI 匹配多个用户（RFC 3261 §21.4.23）。响应可以在 Contact 头字段中列出不含歧义的地址，但 RFC 3261 提醒这样做可能泄露系统中还有哪些用户，所以很多服务器不列出。',
    whenItAppears:
      '由代理服务器、注册服务器或基于目录的 PBX 回复用名字或部分标识寻址（sip:smith@example.com、短分机号）而有多个用户共用的 INVITE 或 MESSAGE。',
    howToFix: [
      '查看 485 中是否有 Contact 头字段：如有，其中列出了候选地址。',
      '用唯一标识寻址（完整 AOR、完整分机号或 E.164 号码）。',
      '如果歧义是开通配置错误（两个用户使用同一别名），在服务器上让别名唯一。',
    ],
    shortFix: '地址匹配多个用户：从 Contact 候选中选一个，或使用唯一的 AOR',
    retry: '用不含歧义的地址重试，最好由用户从提供的 Contact 中选择。重复同一个 Request-URI 仍会得到 485。',
    related: {
      300: '300 提供同一个用户的多个位置；485 表示地址本身指向多个不同的用户。',
      484: '484 表示地址太短，什么都匹配不到；485 表示匹配到不止一个。',
    },
    sentBy: ['proxy', 'registrar', 'PBX'],
    typicalMethods: ['INVITE', 'MESSAGE'],
  },
  486: {
    description:
      '已联系到被叫，但其终端现在不愿意或无法再接一个呼叫（RFC 3261 §21.4.24）。拒绝只针对这台设备或终端；用户可能在别处可达。',
    whenItAppears:
      '由 UAS（话机、软电话、PBX 分机或没有语音信箱的 B2BUA 呼叫段）在所有线路都占用、免打扰设为回忙、或达到呼叫等待上限时回复 INVITE。分叉代理只有在没有其他分支给出更好的响应时才把它向上游传递。',
    howToFix: [
      '确认被叫确实忙：在这个 INVITE 之前查找发往同一 AOR 的其他活动对话。',
      '如果话机空闲，检查其每线路呼叫上限、DND（免打扰）和呼叫等待设置；很多话机开启 DND 时回 486。',
      '在 PBX 上检查分机的并发呼叫上限（例如 Asterisk pjsip 的 `device_state_busy_at` 或队列成员的 `ringinuse`）。',
      '如果主叫应当转到语音信箱或另一台设备，在代理或 PBX 上为 486 添加遇忙前转规则。',
    ],
    shortFix: '被叫在这台设备上忙：检查 DND/线路上限，或把遇忙呼叫转到语音信箱',
    retry:
      '不要立即重试同一个 URI。如有 Retry-After 头字段，它说明被叫何时可能空闲；代理仍可以尝试同一用户的其他 contact。',
    related: {
      600: '600 表示用户在所有设备上都忙，换地址也没用；486 只针对这台设备。',
      480: '480 表示被叫当前不可用（未注册、无应答、免打扰）；486 表示已联系到被叫且被叫忙。',
      603: '603 是用户明确拒绝，对所有位置有效；486 是“忙”，不是“不接”。',
      182: '182 Queued 是临时响应，意为“忙，请排队等待”；486 是最终拒绝。',
    },
    sentBy: ['UAS', 'B2BUA'],
    typicalMethods: ['INVITE'],
  },
  487: {
    description:
      '请求在完成之前被 CANCEL 或 BYE 终止（RFC 3261 §21.4.25）。对 INVITE 而言，这是主叫取消后的正常响应；它从来不是对 CANCEL 本身的响应。',
    whenItAppears:
      '由 UAS（或每个分叉分支）在接受 CANCEL 之后回复正在振铃的 INVITE，CANCEL 本身得到 200 OK：主叫在应答前挂机，分叉代理在一个分支应答后取消其他分支，或主叫侧的振铃定时器到期。在分叉场景中，原因随 CANCEL 传递，即 `Reason: SIP;cause=200;text="Call completed elsewhere"`（RFC 3326 §3.1），通常不在 487 中。',
    howToFix: [
      '找出 Call-ID 和 CSeq 序号相同的 CANCEL，看是谁发的：主叫话机（用户挂机）、PBX/代理的无应答定时器，还是另一个分支应答后的分叉代理。',
      '如果呼叫在振铃时被切断，检查始发侧定时器：PBX 的 Dial 超时、Kamailio tm 的 fr_inv_timer，或话机的无应答定时器。',
      '如果 200 OK 与 CANCEL 交叉，CANCEL 不起作用：UAC 必须对 200 发 ACK，然后发 BYE；检查它是否这样做，否则被叫会留下一个挂起的呼叫。',
      '做呼叫统计时，按引起 487 的 CANCEL 的 Reason 头字段分类（SIP cause 200 表示在别处已应答，否则为已取消），不要算作失败。',
    ],
    shortFix: '呼叫在应答前被取消：检查是谁发的 CANCEL，以及振铃定时器',
    retry: '无需重试：是主叫要求停止的。新的呼叫就是新的 INVITE。',
    related: {
      481: '481 表示请求匹配不到对话或事务（例如 INVITE 事务已不存在时的 CANCEL）；487 是 CANCEL 成功后 INVITE 的响应。',
      408: '408 表示没有按时收到最终响应；487 表示有人主动停止了请求。',
      199: '199（临时响应）告诉主叫某个早期对话已结束，而 INVITE 仍在继续；487 是对被中止 INVITE 的最终响应。',
    },
    sentBy: ['UAS', 'proxy', 'B2BUA'],
    typicalMethods: ['INVITE'],
  },
  488: {
    description:
      '此处不接受该会话描述（RFC 3261 §21.4.26）：UAS 理解了 SDP offer，但不能接受其中的媒体、编解码器、传输方式或地址。与 606 类似，但只针对这一位置。响应应当带 Warning 头字段说明原因。',
    whenItAppears:
      '由 UAS、B2BUA、SBC 或网关回复 INVITE、re-INVITE 或 UPDATE，原因有：没有共同的编解码器，向只支持 SRTP 的终端提供 RTP/AVP（或反过来），不支持切换到 T.38，向只支持 IPv4 的终端提供 IPv6 媒体，或带宽限制。网关把 Q.850 原因值 65 和 70 映射为 488（RFC 3398）。',
    howToFix: [
      '查看 Warning 头字段：304（媒体类型不可用）、305（媒体格式不兼容）或 370（带宽不足）等代码说明哪一部分失败。',
      '把 offer 的 m= 行和 a=rtpmap 条目与应答方允许的编解码器对比（例如 Asterisk endpoint 的 allow/disallow、FreeSWITCH 的 inbound-codec-prefs）。',
      '检查传输配置：RTP/AVP 与 RTP/SAVP 或 RTP/SAVPF，以及 a=crypto 或 a=fingerprint 行，必须符合应答方的要求。',
      '对于失败的 re-INVITE（T.38、保持、更换编解码器），确认终端支持所提供的内容；现有会话保持原样。',
    ],
    shortFix: '此处不接受所提供的 SDP：对比被叫的编解码器和 SRTP 配置，查看 Warning',
    retry:
      '换一个 offer（其他编解码器或传输方式）重试，或让代理尝试其他 contact：488 只针对这一位置。re-INVITE 失败后，会话按原参数继续。',
    related: {
      606: '606 表示会话在任何地方都不可接受并停止分叉；488 只针对这一位置。',
      415: '415 表示消息体类型本身不被理解；488 表示 SDP 已被理解，但其内容不可接受。',
      406: '406 涉及对响应内容的 Accept 头字段；488 涉及请求中的会话描述。',
      580: '580 表示 SDP 前提条件（QoS、安全）无法满足；488 表示媒体描述本身不可接受。',
    },
    sentBy: ['UAS', 'B2BUA', 'SBC', 'gateway'],
    typicalMethods: ['INVITE', 'UPDATE'],
  },
  489: {
    description:
      '服务器不支持 Event 头字段中的事件包（RFC 6665 §8.3.2），或者缺少该头字段。它应当在 Allow-Events 中列出它支持的事件包。',
    whenItAppears:
      '由通知方或呈现服务器回复它不提供的事件包的 SUBSCRIBE（presence、用于 BLF 的 dialog、用于 MWI 的 message-summary、reg）；由 PUBLISH 目标回复事件包未知的 PUBLISH；也由订阅方在收到它不支持的事件包的 NOTIFY 时发送（匹配不到订阅的 NOTIFY 则应回 481）。',
    howToFix: [
      '查看被拒请求的 Event 头字段，以及 489 的 Allow-Events 头字段。',
      '如果服务器应当提供该事件包，启用它（Asterisk：dialog/presence 用 hint，message-summary 在 AOR 或 endpoint 上配置 mailboxes；Kamailio：presence、presence_dialoginfo 或 presence_mwi 模块）。',
      '否则让客户端停止订阅它（关闭该账户的 BLF、MWI 或 presence 订阅）。',
      '对于收到 489 的 NOTIFY，检查通知方使用的 Event 值是否与建立订阅的 SUBSCRIBE 相同。',
    ],
    shortFix: '服务器不支持该 Event 事件包：查看 Allow-Events，启用它或停止订阅',
    retry: '不要用同一个 Event 重新订阅；从 Allow-Events 中选一个事件包，或在客户端上关闭该功能。',
    related: {
      405: '405 表示这里根本不允许该方法（SUBSCRIBE、PUBLISH）；489 表示方法没问题，但事件包不被支持。',
      469: '469 是 INFO 上的同类情况：接收方未声明的 Info Package；489 针对事件包。',
    },
    sentBy: ['notifier', 'presence server', 'UAS'],
    typicalMethods: ['SUBSCRIBE', 'PUBLISH', 'NOTIFY'],
  },
  491: {
    description:
      '冲突（glare）：UAS 在对话中收到一个请求，而它自己在该对话上发出的请求仍未完成（RFC 3261 §21.4.27），典型情况是两个 re-INVITE 交叉。RFC 3261 §14.1 要求 UAC 等待一段随机时间后重试。',
    whenItAppears:
      '由 UA 或 B2BUA 在双方同时发送 re-INVITE（保持、恢复、更换编解码器、会话刷新）或带 offer 的 UPDATE 时发送；每一方都用 491 回复对方的请求。常见于双方都启用会话定时器，以及 SBC 在转接后发 re-INVITE 的情况。',
    howToFix: [
      '确认发生了冲突：找出两个交叉的请求（同一 Call-ID，双方各一个），以及各自收到的 491。',
      '检查重试时间：生成 Call-ID 的一方等待 2.1-4 s，另一方等待 0-2 s（RFC 3261 §14.1），这样重试就不会再次冲突。',
      '如果每个呼叫都发生，找出是什么让双方同时发 re-INVITE（双方都刷新会话定时器、SBC 媒体刷新、自动保持/恢复），只让一方负责。',
      '检查 UA 收到 491 后是否真的重试；有些 UA 会放弃这次变更，让呼叫停留在保持状态或使用错误的编解码器。',
    ],
    shortFix: 're-INVITE 冲突：按 RFC 3261 §14.1 随机等待后重试；避免双方同时发 re-INVITE',
    retry:
      '随机等待后重试同一请求：如果本 UAC 生成了对话的 Call-ID，等待 2.1 到 4 s，否则等待 0 到 2 s（RFC 3261 §14.1），并且只在仍需要这次变更时重试。',
    related: {
      500: '带 Retry-After 的 500 回复的是同一方在第一个 INVITE 仍在处理时发来的第二个 INVITE（RFC 3261 §14.2）；491 回复的是双方交叉的请求。',
      488: '488 拒绝 offer 的内容；491 只拒绝它的时机，等待之后同一个 offer 可能成功。',
    },
    sentBy: ['UAS', 'B2BUA'],
    typicalMethods: ['INVITE', 'UPDATE'],
  },
  493: {
    description:
      '请求带有 UAS 无法解密的加密 S/MIME 消息体，因为它没有或不愿使用对应的密钥（RFC 3261 §21.4.28）。响应可以带上 UAS 希望发送方用来加密的公钥。',
    whenItAppears:
      '由 UAS 回复消息体为 application/pkcs7-mime、且加密所用证书 UAS 并不持有（旧证书、错误的 AOR、密钥未加载）的 INVITE 或 MESSAGE。实际中很少见：大多数部署用 TLS 而不是 S/MIME 保护消息体。',
    howToFix: [
      '检查请求消息体的 Content-Type（application/pkcs7-mime），以及它是用哪张证书加密的。',
      '如果 493 的消息体带有接收方的公钥，用该公钥重新加密。',
      '在接收方确认该 AOR 的私钥和证书已安装并加载。',
      '不需要端到端 S/MIME 时，改为通过 TLS（sips:）发送未加密的消息体。',
    ],
    shortFix: '接收方无法解密 S/MIME 消息体：用其当前证书加密，或改用 TLS',
    retry: '用 493 中的密钥（如有提供）加密消息体后重试，或不做 S/MIME 加密。同样的消息体会再次失败。',
    related: {
      400: '400 表示消息格式错误；493 表示消息格式正确，但加密的消息体无法解密。',
      494: '494 涉及逐跳的安全机制协商（RFC 3329）；493 涉及端到端的消息体加密。',
    },
    sentBy: ['UAS'],
    typicalMethods: ['INVITE', 'MESSAGE'],
  },
  494: {
    description:
      '服务器要求先完成安全机制协商才接受请求（RFC 3329 §2.3.1）。494 在 Security-Server 中列出它提供的机制；客户端必须选一个、建立它，然后带 Security-Verify 重发。',
    whenItAppears:
      '由下一跳服务器（IMS 中为 P-CSCF）在带 Require 或 Proxy-Require: sec-agree 的请求未经保护到达时发送，或在服务器坚持使用 sec-agree 且客户端在 Supported 中列出了它时发送。多见于使用 ipsec-3gpp 或 TLS 的 IMS/VoLTE 客户端发出的 REGISTER。',
    howToFix: [
      '检查请求：Require/Proxy-Require: sec-agree、Security-Client 列表，以及它是否经受保护的通道到达（协商好的 IPsec 端口或 TLS 连接）。',
      '查看 494 中的 Security-Server，选出双方都支持且 q 值最高的机制，建立相应的安全关联。',
      '经受保护的通道重发，Security-Verify 原样复制 Security-Server 列表。',
      '如果后续请求收到 494，检查它们是否仍在使用该安全关联（端口、SA 有效期与注册有效期），到期时重新协商。',
    ],
    shortFix: '服务器要求 sec-agree：建立 Security-Server 中的机制，并带 Security-Verify 重发',
    retry: '建立协商好的机制后，经受保护的通道重发，Security-Verify 回显服务器的列表。未经保护的重发仍会得到 494。',
    related: {
      421: '421 要求客户端带上它没有发送的选项标签；494 专门针对 sec-agree 安全协商，并带有 Security-Server。',
      493: '493 涉及端到端解密 S/MIME 消息体；494 涉及逐跳的安全机制协商。',
    },
    sentBy: ['proxy', 'P-CSCF', 'registrar'],
    typicalMethods: ['REGISTER', 'INVITE'],
  },
};
