// ESLint flat config: typescript-eslint's recommended rules over every TypeScript source, and the
// layers of the code base, enforced with no-restricted-imports (see CONTRIBUTING.md, "Layout").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

/** An import whose specifier matches `regex` is an error that says `message`. */
const forbid = (regex, message) => ({ regex, message });
/** Relative imports that reach into one of the server's folders, e.g. '../rules/types'. */
const serverFolders = (...names) => `(^|/)(${names.join('|')})(/|$)`;

const EDITOR = forbid('^vscode$', 'Only the client runs inside VS Code; everything else must work without it.');
const LSP_SERVER = forbid(
  '^vscode-languageserver(/|$)',
  'The LSP server library belongs to the server’s wiring, not here.',
);
const LSP_CLIENT = forbid('^vscode-languageclient(/|$)', 'The LSP client library belongs to the client only.');
const ANY_LSP = forbid(
  '^vscode-language(server|client)',
  'The analysis core is plain TypeScript: no LSP types or libraries.',
);
const SERVER = forbid(
  '(^|/)server/src(/|$)',
  'The client talks to the server only over LSP (catalog/src/protocol.ts), never by import.',
);
const CLIENT = forbid('(^|/)client/(src|media)(/|$)', 'The server never imports the client.');
const PROTOCOL_LIBRARY = forbid(
  '^vscode-languageserver-protocol(/|$)',
  'Only catalog/src/protocol.ts uses the protocol library; the rest of the catalog stays plain data for every bundle.',
);
const PROTOCOL = forbid(
  '(^|/)catalog/src/protocol$',
  'The webview is a browser bundle: it talks to the extension with postMessage, not LSP requests.',
);

/** Each layer's forbidden imports, as one full list: a later block replaces the rule's options. */
const SERVER_WIDE = [EDITOR, LSP_CLIENT, CLIENT];
const LAYERS = [
  { files: ['server/**/*.ts'], patterns: SERVER_WIDE },
  {
    files: ['server/src/analysis/**/*.ts'],
    patterns: [
      ...SERVER_WIDE,
      ANY_LSP,
      forbid(
        serverFolders('calls', 'rules', 'flow', 'features', 'pipeline', 'document', 'settings', 'cli'),
        'analysis/ is the bottom layer: it imports only the catalog and itself.',
      ),
    ],
  },
  {
    files: ['server/src/rules/**/*.ts'],
    patterns: [
      ...SERVER_WIDE,
      ANY_LSP,
      forbid(
        serverFolders('calls', 'flow', 'features', 'pipeline', 'document', 'settings', 'cli'),
        'rules/ sees only analysis/ and the catalog; the server and the CLI word their own output.',
      ),
    ],
  },
  {
    files: ['server/src/calls/**/*.ts'],
    patterns: [
      ...SERVER_WIDE,
      ANY_LSP,
      forbid(
        serverFolders('rules', 'flow', 'features', 'pipeline', 'document', 'settings', 'cli'),
        'calls/ sees only analysis/ and the catalog: the CLI and the editor render its summaries alike.',
      ),
    ],
  },
  {
    files: ['server/src/flow/**/*.ts'],
    patterns: [
      ...SERVER_WIDE,
      ANY_LSP,
      forbid(
        serverFolders('features', 'pipeline', 'document', 'settings', 'cli'),
        'flow/ sees analysis/, calls/, rules/ and the catalog: the CLI and the editor draw the same ladder.',
      ),
    ],
  },
  {
    files: ['server/src/stream/**/*.ts'],
    patterns: [
      ...SERVER_WIDE,
      ANY_LSP,
      forbid(
        serverFolders('features', 'pipeline', 'document', 'settings', 'cli'),
        'stream/ runs analysis/ and rules/ over a stream of text; the CLI and the server word their own output.',
      ),
    ],
  },
  {
    files: ['server/src/logFiles/**/*.ts'],
    patterns: [
      ...SERVER_WIDE,
      ANY_LSP,
      forbid(
        serverFolders(
          'analysis',
          'rules',
          'calls',
          'flow',
          'stream',
          'features',
          'pipeline',
          'document',
          'settings',
          'cli',
        ),
        'logFiles/ reads logs from disk (files, standard input, gzip) for the CLI and the server alike: it knows no analysis.',
      ),
    ],
  },
  {
    files: ['server/src/features/**/*.ts'],
    patterns: [...SERVER_WIDE, forbid(serverFolders('cli'), 'The editor features do not depend on the CLI.')],
  },
  {
    files: ['server/src/pipeline/**/*.ts', 'server/src/document/**/*.ts', 'server/src/settings/**/*.ts'],
    patterns: [
      ...SERVER_WIDE,
      forbid(serverFolders('cli'), 'The editor pipeline does not depend on the CLI: what both need lives below them.'),
    ],
  },
  { files: ['catalog/**/*.ts'], patterns: [EDITOR, LSP_SERVER, LSP_CLIENT, SERVER, CLIENT, PROTOCOL_LIBRARY] },
  { files: ['catalog/src/protocol.ts'], patterns: [EDITOR, LSP_SERVER, LSP_CLIENT, SERVER, CLIENT] },
  { files: ['client/**/*.ts'], patterns: [SERVER, LSP_SERVER] },
  { files: ['client/media/**/*.ts'], patterns: [SERVER, EDITOR, ANY_LSP, PROTOCOL_LIBRARY, PROTOCOL] },
];

export default tseslint.config(
  {
    ignores: ['**/dist/**', 'test/out/**', 'node_modules/**', '.vscode-test/**', 'bench/out/**', '**/*.vsix'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      // Prettier wraps code at 120 (.prettierrc.json); this holds comments to the same width. Long
      // string literals (catalog prose, fixtures) are left whole: breaking them would not read better.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
      'no-restricted-imports': 'off',
    },
  },
  ...LAYERS.map(({ files, patterns }) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } })),
  {
    // The server reads untrusted logs: every regular expression in it must run in linear time
    // (CONTRIBUTING.md, "Teach the scanner a new log format"). 'potential' also reports shapes
    // that need a rejecting suffix, which a hostile log supplies.
    files: ['server/**/*.ts', 'catalog/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential' }],
    },
  },
  {
    files: ['client/media/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
