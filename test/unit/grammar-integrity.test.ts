/**
 * Structural checks on the grammar files and language-configuration.json: every regex
 * compiles in Oniguruma (vscode-textmate compiles rules lazily, so a broken rule would
 * otherwise only fail when a user's file reaches it), every include resolves, hostile long
 * lines still tokenize, and the editor regexes do what docs/GRAMMAR.md says.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { GRAMMAR_FILES, fixturePath, loadOnigLib, readGrammarJson, repoRoot, tokenize } from './grammar-harness';

const OUR_GRAMMARS = ['source.sip', 'sip-log.injection', 'markdown.sip.codeblock'];
const REGEX_KEYS = new Set(['match', 'begin', 'end', 'while']);

interface Found {
  readonly where: string;
  readonly value: string;
}

/** Walks a grammar object and collects the string values stored under any of `keys`. */
function collect(node: unknown, keys: ReadonlySet<string>, where: string, out: Found[] = []): Found[] {
  if (Array.isArray(node)) node.forEach((child, i) => collect(child, keys, `${where}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (keys.has(key) && typeof value === 'string') out.push({ where: `${where}.${key}`, value });
      else collect(value, keys, `${where}.${key}`, out);
    }
  }
  return out;
}

function repositoryNames(scopeName: string): Set<string> {
  return new Set(Object.keys((readGrammarJson(scopeName).repository ?? {}) as object));
}

describe('grammar files', () => {
  it('are listed with paths that exist', () => {
    for (const scope of OUR_GRAMMARS) {
      const file = GRAMMAR_FILES[scope] ?? '';
      assert.ok(fs.existsSync(path.join(repoRoot, file)), file);
      assert.equal(readGrammarJson(scope).scopeName, scope);
    }
  });

  it('contain only regexes that Oniguruma compiles', async () => {
    const lib = await loadOnigLib();
    let count = 0;
    for (const scope of OUR_GRAMMARS) {
      for (const { where, value } of collect(readGrammarJson(scope), REGEX_KEYS, scope)) {
        // vscode-textmate substitutes \1..\9 in end/while with the begin captures before compiling.
        const source = /\.(end|while)$/.test(where) ? value.replace(/\\[1-9]/g, 'x') : value;
        assert.doesNotThrow(() => lib.createOnigScanner([source]), `${where}: ${value}`);
        count++;
      }
    }
    assert.ok(count > 50, `only ${count} regexes found: the walk is broken`);
  });

  it('only include rules that exist', () => {
    const main = repositoryNames('source.sip');
    for (const scope of OUR_GRAMMARS) {
      const local = repositoryNames(scope);
      for (const { where, value } of collect(readGrammarJson(scope), new Set(['include']), scope)) {
        if (value === '$self' || value === '$base' || value === 'source.sip') continue;
        const [target, rule = ''] = value.split('#');
        const names = target === '' ? local : target === 'source.sip' ? main : undefined;
        assert.ok(names?.has(rule), `${where} includes unknown rule ${value}`);
      }
    }
  });

  it('tokenize hostile long lines (no catastrophic backtracking)', { timeout: 120_000 }, async () => {
    const n = 20_000;
    const lines = [
      `<--- ${' '.repeat(n)}x`,
      `${'.'.repeat(n)}RX`,
      `INVITE sip:${'a'.repeat(n)} `,
      `Via: ${';'.repeat(n)}`,
      `From: ${'"'.repeat(n)}`,
      `To: ${'1.'.repeat(n / 2)}`,
      `Contact: [${'1:'.repeat(n / 2)}`,
      `o=${' IN'.repeat(n / 3)}`,
      `m=audio 1 ${'9 '.repeat(n / 2)}`,
      `Reason: ${'SIP;cause=1 '.repeat(n / 12)}`,
      `${'\x1b[0m'.repeat(n / 4)}x`,
      `recv 1 bytes from ${'x '.repeat(n / 2)}`,
    ];
    for (const scope of ['source.sip', 'text.log']) {
      const tokenized = await tokenize(scope, lines);
      assert.equal(tokenized.length, lines.length);
    }
  });
});

describe('language-configuration.json', () => {
  const config = JSON.parse(fs.readFileSync(path.join(repoRoot, 'language-configuration.json'), 'utf8')) as {
    brackets: string[][];
    wordPattern: string;
    folding: { markers: { start: string; end: string } };
  };
  const start = new RegExp(config.folding.markers.start);
  const end = new RegExp(config.folding.markers.end);
  const traceLines = fs.readFileSync(fixturePath('trace.sip'), 'utf8').split(/\r?\n/);

  it('pairs the angle brackets of name-addr URIs', () => {
    assert.deepEqual(config.brackets, [['<', '>']]);
  });

  it('starts folds at banners that have a matching end line (chan_sip, pjsip, pjsua)', () => {
    const starts = traceLines.filter((l) => start.test(l));
    assert.ok(starts.some((l) => l.startsWith('<--- SIP read from')));
    assert.ok(starts.some((l) => l.includes('.RX 539 bytes Response msg')));
    assert.ok(start.test('[Jan 15 10:00:01] VERBOSE[1234] chan_sip.c: <--- SIP read from UDP:192.0.2.1:5060 --->'));
  });

  it('ends folds at <------------> and --end msg--', () => {
    assert.deepEqual(
      traceLines.filter((l) => end.test(l)),
      ['<------------>', '--end msg--'],
    );
    assert.ok(end.test('<------------->'));
  });

  it('never treats SIP message lines as fold markers', () => {
    const messageLines = traceLines.filter((l) => /^\s*(SIP\/2\.0 |[A-Z]+ sips?:|[A-Za-z-]+:|[a-z]=)/.test(l));
    assert.ok(messageLines.length > 30);
    for (const l of messageLines) assert.ok(!start.test(l) && !end.test(l), l);
  });

  it('selects whole Call-IDs, tags and IP addresses as words', () => {
    const word = new RegExp(config.wordPattern, 'g');
    assert.deepEqual('Call-ID: a84b4c76e66710@pc33.example.com'.match(word), [
      'Call-ID',
      'a84b4c76e66710@pc33.example.com',
    ]);
    assert.deepEqual('<sip:bob@192.0.2.4:5060>;tag=8321234356'.match(word), [
      'sip',
      'bob@192.0.2.4',
      '5060',
      'tag',
      '8321234356',
    ]);
  });
});
