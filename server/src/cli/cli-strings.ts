/**
 * Everything `sip-lens` itself prints, in English and Simplified Chinese: the help text, the
 * usage errors, and the words of `check`'s text output. Catalog prose, card and comparison text
 * and finding messages come from their own tables; JSON keys and the linter format
 * (`file:line:col severity message [rule]`) are not text and stay as they are.
 */
import { localised } from '../../../catalog/src/l10n';

const USAGE_EN = `Usage: sip-lens <command> [options]

Commands:
  explain <code> [--json]          Print the catalog card for a SIP response code.
  compare <a> <b> [--json]         Compare two SIP response codes side by side.
  check [--format <f>] <file...>   Find SIP status codes in logs and report call-flow problems.
  calls [--json | --csv] [--state failed] [--filter TEXT] <file...>
                                   List the calls of logs: state, final code, parties, timing.
  stats [--json] <file...>         Response counts, top failure codes and RFC 6076 metrics.
  flow <file> --call-id ID [--call-id ID2...] [--format <f>] [--mask]
                                   Draw a call as a ladder (sequence diagram): text, mermaid,
                                   plantuml, svg or json. More --call-id draw more legs in one
                                   ladder; the legs that look like part of the call are listed.

Options:
  --json                           Machine-readable output (check: same as --format json).
  --format <text|json|sarif|github>
                                   check: the output format. sarif is SARIF 2.1.0 for code
                                   scanning; github prints GitHub Actions annotations.
  --lang <auto|en|zh-cn>           The language of the output (default: auto, from LC_ALL,
                                   LC_MESSAGES or LANG). JSON keys stay English.
  --max-diagnostics <n>            check: show at most n findings per file (default: all).
                                   The exit status still counts every finding.
  --horizon <MiB|all>              check, calls, stats, flow: judge or summarise a call once it
                                   has been silent for this much log (default 8); all holds every
                                   call to the end: exact for any log, with memory that grows
                                   with the log.
  --mask                           flow: hide Authorization and Proxy-Authorization values and
                                   digest nonces; --mask-users and --mask-addresses also hide
                                   user parts and IP addresses and host names (user-1, ip-1...).
  -h, --help                       Show this help.
  -v, --version                    Show the version.

Files: - reads standard input; a file whose name ends in .gz is decompressed
(check, calls, stats, flow). Every command reads a log of any size as it streams in.

Exit status:
  0  no error-level finding
  1  error-level findings (check)
  2  usage error or unreadable file
  3  internal error in sip-lens
`;

// Columns are aligned by display width: a Chinese character takes two terminal cells.
const USAGE_ZH = `用法：sip-lens <命令> [选项]

命令：
  explain <状态码> [--json]        显示一个 SIP 状态码的说明卡片。
  compare <a> <b> [--json]         并排比较两个 SIP 状态码。
  check [--format <格式>] <文件...>
                                   查找日志中的 SIP 状态码，报告呼叫流程中的问题。
  calls [--json | --csv] [--state failed] [--filter 文本] <文件...>
                                   列出日志中的呼叫：状态、最终响应、主被叫、时间。
  stats [--json] <文件...>         响应计数、主要失败状态码和 RFC 6076 指标。
  flow <文件> --call-id ID [--call-id ID2...] [--format <格式>] [--mask]
                                   把一个呼叫画成梯形图（时序图）：text、mermaid、plantuml、
                                   svg 或 json。多个 --call-id 会把多个呼叫段画在同一张图中；
                                   看起来属于同一呼叫的呼叫段会一并列出。

选项：
  --json                           输出机器可读的 JSON（check：等同于 --format json）。
  --format <text|json|sarif|github>
                                   check：输出格式。sarif 为 SARIF 2.1.0，供代码扫描使用；
                                   github 输出 GitHub Actions 注释。
  --lang <auto|en|zh-cn>           输出语言（默认 auto：依次取 LC_ALL、LC_MESSAGES、LANG）。
                                   JSON 的键名始终是英文。
  --max-diagnostics <n>            check：每个文件最多显示 n 条诊断（默认全部显示）。
                                   退出状态仍计入全部诊断。
  --horizon <MiB|all>              check、calls、stats、flow：呼叫在这么多日志内没有新消息后
                                   即进行判定或汇总（默认 8）；all 表示保留每个呼叫直到日志
                                   结束：任何日志都精确，但内存随日志增长。
  --mask                           flow：隐藏 Authorization 和 Proxy-Authorization 的值以及摘要
                                   认证的 nonce；--mask-users 和 --mask-addresses 还会隐藏用户
                                   部分、IP 地址和主机名（user-1、ip-1……）。
  -h, --help                       显示本帮助。
  -v, --version                    显示版本号。

文件：- 表示读取标准输入；文件名以 .gz 结尾的文件会先解压（check、calls、stats、flow）。
所有命令都边读取边分析，日志大小不限。

退出状态：
  0  没有错误级别的诊断
  1  有错误级别的诊断（check）
  2  用法错误，或文件无法读取
  3  sip-lens 内部错误
`;

export const USAGE_STRINGS = localised({ usage: USAGE_EN }, { usage: USAGE_ZH });

/** Usage errors, printed after `sip-lens: `. Values in quotes come from the command line. */
export const ERROR_STRINGS = localised(
  {
    unknownCommand: "unknown command '{command}'",
    unknownOption: "unknown option '{option}'",
    needsValue: '{option} needs a value',
    badLanguage: "--lang takes auto, en or zh-cn, not '{value}'",
    needsFile: '{command} needs at least one file',
    jsonOrCsv: 'choose one of --json and --csv',
    badState: "--state takes 'failed' or states such as busy,no-answer, not '{value}'",
    maxNotWhole: "--max-diagnostics needs a whole number, not '{value}'",
    explainArity: 'explain takes exactly one code',
    compareArity: 'compare takes exactly two codes',
    missingCode: 'missing SIP response code',
    notACode: "'{value}' is not a SIP response code (expected a number from 100 to 699)",
    noEntry: "'{code}' is not a SIP response code",
    comparisonRefused: '{reason}',
    internalError: 'internal error: {reason}',
    badFormat: "--format takes text, json, sarif or github, not '{value}'",
    badHorizon: "--horizon takes a whole number of MiB from 1 to 999999, or all, not '{value}'",
    jsonOrFormat: '--json is --format json: choose one',
    stdinTwice: '- (standard input) can be named only once',
    flowOneFile: 'flow takes exactly one file',
    badFlowFormat: "--format takes text, mermaid, plantuml, svg or json, not '{value}'",
    flowNeedsCallId: 'flow needs --call-id: choose one of the calls listed above',
    unknownCallId: "no call with Call-ID '{callId}' in '{path}'",
  },
  {
    unknownCommand: '未知命令“{command}”',
    unknownOption: '未知选项“{option}”',
    needsValue: '{option} 需要一个值',
    badLanguage: '--lang 只接受 auto、en 或 zh-cn，不接受“{value}”',
    needsFile: '{command} 至少需要一个文件',
    jsonOrCsv: '--json 和 --csv 只能选一个',
    badState: '--state 接受 failed 或 busy,no-answer 这样的状态，不接受“{value}”',
    maxNotWhole: '--max-diagnostics 需要一个非负整数，不接受“{value}”',
    explainArity: 'explain 需要正好一个状态码',
    compareArity: 'compare 需要正好两个状态码',
    missingCode: '缺少 SIP 状态码',
    notACode: '“{value}”不是 SIP 状态码（应为 100 到 699 之间的数字）',
    noEntry: '“{code}”不是 SIP 状态码',
    comparisonRefused: '无法比较：{reason}',
    internalError: '内部错误：{reason}',
    badFormat: '--format 只接受 text、json、sarif 或 github，不接受“{value}”',
    badHorizon: '--horizon 只接受 1 到 999999 之间的整数（单位 MiB）或 all，不接受“{value}”',
    jsonOrFormat: '--json 即 --format json，两者只能选一个',
    stdinTwice: '标准输入（-）只能指定一次',
    flowOneFile: 'flow 需要正好一个文件',
    badFlowFormat: '--format 只接受 text、mermaid、plantuml、svg 或 json，不接受“{value}”',
    flowNeedsCallId: 'flow 需要 --call-id：请从上面列出的呼叫中选一个',
    unknownCallId: '“{path}”中没有 Call-ID 为“{callId}”的呼叫',
  },
);

export type ErrorKey = keyof typeof ERROR_STRINGS.en;

/** `check`'s severity words, in each finding line and in the overflow line. */
export const SEVERITY_STRINGS = localised(
  { error: 'error', warning: 'warning', information: 'information', hint: 'hint' },
  { error: '错误', warning: '警告', information: '信息', hint: '提示' },
);

/**
 * The line that ends a list `--max-diagnostics` shortened: how many more, of which severities
 * (`{hidden}`, worded as the editor's notice words them: features/diagnostics.ts `severityCounts`).
 */
export const OVERFLOW_STRINGS = localised(
  {
    one: '… and {count} more finding not shown ({hidden}; --max-diagnostics {limit})',
    many: '… and {count} more findings not shown ({hidden}; --max-diagnostics {limit})',
  },
  {
    one: '另有 {count} 条诊断未显示（{hidden}；--max-diagnostics {limit}）',
    many: '另有 {count} 条诊断未显示（{hidden}；--max-diagnostics {limit}）',
  },
);

/** Notes `check` writes on standard error about how a file was read. */
export const CLI_NOTE_STRINGS = localised(
  {
    judgedInParts:
      '{path}: {count} times a call had a message again after more than {mib} MiB of log without one; each such call was judged in parts, so its findings may differ from judging it whole (--horizon all holds every call)',
    listedInParts:
      '{path}: {count} times a call had a message again after more than {mib} MiB of log without one; each such call is listed and counted in parts, one call per part (--horizon all holds every call)',
  },
  {
    judgedInParts:
      '{path}：有 {count} 次，某个呼叫在超过 {mib} MiB 的日志中没有消息之后又出现了新消息；这些呼叫被分段判定，其诊断可能与整体判定不同（使用 --horizon all 可保留每个呼叫）',
    listedInParts:
      '{path}：有 {count} 次，某个呼叫在超过 {mib} MiB 的日志中没有消息之后又出现了新消息；这些呼叫被分段列出和统计，每段算作一个呼叫（使用 --horizon all 可保留每个呼叫）',
  },
);

/** `flow`'s own words: the call listing when no --call-id was given, and the suggested legs. */
export const FLOW_CLI_STRINGS = localised(
  {
    callsHeading: '{file}: {count} calls (draw one with --call-id):',
    moreCalls: '… and {count} more (sip-lens calls lists them all)',
    noCalls: '{file}: no calls found',
    suggestedLegs: 'Legs that look like part of this call (add them with --call-id):',
  },
  {
    callsHeading: '{file}：{count} 个呼叫（用 --call-id 选择要画的呼叫）：',
    moreCalls: '……另有 {count} 个（sip-lens calls 会全部列出）',
    noCalls: '{file}：没有找到呼叫',
    suggestedLegs: '看起来属于这个呼叫的呼叫段（用 --call-id 加入）：',
  },
);
