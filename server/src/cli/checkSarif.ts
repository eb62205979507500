/**
 * `sip-lens check --format sarif`: SARIF 2.1.0 (OASIS), the format code-scanning services read.
 * One run for every file named, its results written as they are made. Positions are 1-based
 * lines and columns counted in UTF-16 code units, which is SARIF's default `columnKind` and what
 * the analysis counts; the run says so rather than leaving readers to assume it (SARIF §3.14.17).
 */
import { pathToFileURL } from 'node:url';
import { rfcSectionUrl } from '../../../catalog/src/index';
import type { Language } from '../../../catalog/src/language';
import { RULE_IDS, type RuleId } from '../rules';
import { RULES, ruleReference } from '../rules/registry';
import { RULE_SUMMARIES } from '../rules/rule-strings';
import type { Finding, RelatedLocation, Severity, SeverityCounts } from '../rules/types';
import { SERVER_VERSION } from '../version';
import type { CheckedFile, PositionSource } from './checkedFile';
import type { ChunkedOutput } from './output';
import { overflowNotice } from './overflow';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';

/** SARIF has three levels that report something; information and hints are both notes. */
const LEVELS: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/**
 * The RFC section that explains what each rule reports, for the rule's helpUri. A finding's own
 * link names its code's section; these are the rule's. Rules that are about any code have none.
 */

/** SARIF's language tags (RFC 5646) for the languages sip-lens speaks. */
const LANGUAGE_TAGS: Readonly<Record<Language, string>> = { en: 'en-US', 'zh-cn': 'zh-CN' };

/** Writes one SARIF log: `start`, then `file` for each file in order, then `end`. */
export class SarifWriter {
  private firstResult = true;
  private readonly files: { path: string; counts: SeverityCounts }[] = [];

  constructor(
    private readonly output: ChunkedOutput,
    private readonly language: Language,
  ) {}

  start(): void {
    const tool = { driver: driver(this.language) };
    this.output.write(
      [
        '{',
        `  "$schema": ${JSON.stringify(SCHEMA)},`,
        '  "version": "2.1.0",',
        '  "runs": [',
        '    {',
        `      "tool": ${json(tool, '      ')},`,
        `      "language": ${JSON.stringify(LANGUAGE_TAGS[this.language])},`,
        '      "columnKind": "utf16CodeUnits",',
        '      "results": [',
      ].join('\n'),
    );
  }

  file({ path, document, result }: CheckedFile): void {
    const uri = artifactUri(path);
    for (const finding of result.findings) {
      if (this.output.closed) return;
      this.result(findingResult(finding, uri, document));
    }
    const { overflow } = result;
    if (overflow) {
      const text = overflowNotice(result, this.language);
      const location = { offset: overflow.offset, length: 0, message: text };
      this.result(resultOf('diagnostics-capped', overflow.severity, text, uri, document, location));
    }
    this.files.push({ path, counts: result.totals });
  }

  /** Closes the results; every finding of every file is counted in `properties`, shown or not. */
  end(): void {
    this.output.write(this.firstResult ? ']' : '\n      ]');
    this.output.write(`,\n      "properties": ${json({ files: this.files }, '      ')}\n    }\n  ]\n}\n`);
  }

  private result(value: object): void {
    this.output.write(`${this.firstResult ? '\n' : ',\n'}        ${json(value, '        ')}`);
    this.firstResult = false;
  }
}

function driver(language: Language) {
  const summaries: Readonly<Record<RuleId, string>> = RULE_SUMMARIES[language];
  return {
    name: 'SIP Lens',
    version: SERVER_VERSION,
    rules: RULE_IDS.map((id) => {
      const section = ruleReference(id);
      return {
        id,
        shortDescription: { text: summaries[id] },
        ...(section ? { helpUri: rfcSectionUrl(...section) } : {}),
        defaultConfiguration: { level: LEVELS[RULES[id].severity] },
      };
    }),
  };
}

function findingResult(finding: Finding, uri: string, document: PositionSource) {
  const related = [finding.related, ...(finding.repeats ?? [])].filter((r) => r !== undefined);
  return resultOf(finding.rule, finding.severity, finding.message, uri, document, finding, related);
}

function resultOf(
  rule: RuleId,
  severity: Severity,
  text: string,
  uri: string,
  document: PositionSource,
  at: { offset: number; length: number },
  related: readonly RelatedLocation[] = [],
) {
  return {
    ruleId: rule,
    ruleIndex: RULE_IDS.indexOf(rule),
    level: LEVELS[severity],
    message: { text },
    locations: [{ physicalLocation: physicalLocation(uri, document, at) }],
    ...(related.length > 0
      ? {
          relatedLocations: related.map((location, i) => ({
            id: i + 1,
            message: { text: location.message },
            physicalLocation: physicalLocation(uri, document, location),
          })),
        }
      : {}),
  };
}

/** SARIF regions are 1-based and end after their last character, as an LSP range's end does. */
function physicalLocation(
  uri: string,
  document: PositionSource,
  { offset, length }: { offset: number; length: number },
) {
  const start = document.positionAt(offset);
  const end = document.positionAt(offset + length);
  return {
    artifactLocation: { uri },
    region: {
      startLine: start.line + 1,
      startColumn: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
    },
  };
}

/**
 * The path as given, as a URI reference: a relative path stays relative (to where sip-lens ran,
 * which is what a CI's checkout root is), each segment percent-encoded; an absolute path becomes a
 * file: URI. Standard input has no path and stays `-`.
 */
export function artifactUri(path: string): string {
  if (/^(?:[A-Za-z]:)?[\\/]/u.test(path)) return pathToFileURL(path).href;
  return path.split(/[\\/]/u).map(encodeURIComponent).join('/');
}

function json(value: unknown, indent = ''): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);
}
