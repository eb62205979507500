/**
 * Issue 19 in the real editor: VS Code's display language, and the SIP Lens strings VS Code picks for
 * it. `npm run test:integration` runs this suite twice: with the rest of the suite in English, then
 * alone in a VS Code whose display language the harness set to zh-cn (scripts/vscode/display-language.mjs);
 * `SIP_LENS_TEST_LOCALE` tells the suite which.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { className } from '../../catalog/src/index';
import { EXTENSION_ID, hoversAt, openFixture, positionOf, serverReady } from './helpers';

/** The display language the harness set; it names the title Mocha's grep picks this suite by. */
const LANGUAGE = process.env.SIP_LENS_TEST_LOCALE ?? 'en';
const HAN = /\p{Script=Han}/u;

type Table = Record<string, string>;

function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(found, `extension ${EXTENSION_ID} is not installed in this VS Code`);
  return found;
}

/** A JSON string table from the extension's folder, or undefined when the file is absent. */
function readTable(relativePath: string): Table | undefined {
  const path = join(extension().extensionPath, relativePath);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Table) : undefined;
}

interface CommandContribution {
  command: string;
  title: string | { value: string; original: string };
}

function commandTitle(manifest: unknown, id: string): string | undefined {
  const commands = (manifest as { contributes?: { commands?: CommandContribution[] } }).contributes?.commands ?? [];
  const title = commands.find((command) => command.command === id)?.title;
  // VS Code keeps a translated title as { value, original } (the English beside it for search).
  return typeof title === 'object' ? title.value : title;
}

/** The manifest as it is on disk, before VS Code replaced its %placeholders%. */
function rawManifest(): unknown {
  return JSON.parse(readFileSync(join(extension().extensionPath, 'package.json'), 'utf8'));
}

/** package.nls.json for English, package.nls.<language>.json otherwise, as VS Code chooses. */
function nlsFileName(): string {
  return LANGUAGE === 'en' ? 'package.nls.json' : `package.nls.${LANGUAGE}.json`;
}

suite(`Display language (${LANGUAGE})`, () => {
  test(`vscode.env.language is "${LANGUAGE}", the language the harness launched VS Code in`, () => {
    assert.equal(vscode.env.language, LANGUAGE);
  });

  test('a command title as VS Code resolved it comes from the display language’s package.nls file', () => {
    const id = 'sipLens.compareCodes';
    const raw = commandTitle(rawManifest(), id);
    const resolved = commandTitle(extension().packageJSON, id);
    assert.ok(raw && resolved, `package.json contributes no ${id}`);
    const key = /^%(.+)%$/u.exec(raw)?.[1];
    assert.ok(key, `${id}'s title is not a %key%: ${raw}`);
    const table = readTable(nlsFileName());
    assert.ok(table, `${nlsFileName()} is missing`);
    assert.equal(resolved, table[key], `${id}'s title, from ${nlsFileName()}`);
    assert.equal(HAN.test(resolved), LANGUAGE === 'zh-cn', `"${resolved}" is in the wrong language`);
  });

  test('vscode.l10n loads l10n/bundle.l10n.<language>.json for Chinese and no bundle for English', async () => {
    await extension().activate();
    if (LANGUAGE === 'en') {
      assert.equal(vscode.l10n.bundle, undefined, 'English is the source text: VS Code loads no bundle');
      return;
    }
    const folder = (extension().packageJSON as { l10n?: string }).l10n;
    const bundle = folder ? readTable(join(folder, `bundle.l10n.${LANGUAGE}.json`)) : undefined;
    assert.ok(bundle, `package.json has no "l10n" folder with bundle.l10n.${LANGUAGE}.json`);
    assert.match(vscode.l10n.uri?.path ?? '', new RegExp(`/bundle\\.l10n\\.${LANGUAGE}\\.json$`, 'u'));
    const [message, translation] = Object.entries(bundle).find(([source]) => !source.includes('{')) ?? [];
    assert.ok(message && translation, 'the bundle has a message without placeholders');
    assert.equal(vscode.l10n.t(message), translation);
    assert.ok(HAN.test(translation), `"${translation}" is not Chinese`);
  });

  // The server answers in the locale VS Code sends in `initialize` (vscode.env.language).
  test('the 486 hover card names its class in the display language, and its sections are in it', async () => {
    await serverReady();
    const document = await openFixture('call-outcomes.log');
    const hovers = await hoversAt(document, positionOf(document, 'SIP/2.0 486 Busy Here', 9));
    const card = hovers
      .flatMap((hover) => hover.contents)
      .map((content) => (typeof content === 'string' ? content : content.value))
      .find((value) => value.startsWith('### 486'));
    assert.ok(card, `no SIP Lens card among the hovers:\n${JSON.stringify(hovers)}`);
    const heading = card.split('\n')[0] ?? '';
    assert.ok(heading.includes(className('4xx', LANGUAGE === 'zh-cn' ? 'zh-cn' : 'en')), heading);
    assert.match(card, LANGUAGE === 'zh-cn' ? /\*\*何时出现：\*\*/u : /\*\*When it appears\.\*\*/u);
  });
});
