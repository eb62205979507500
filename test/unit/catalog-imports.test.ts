/**
 * The catalog's modules import each other without cycles, type-only imports included: a cycle
 * makes load order matter and hides which module owns a concept.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { findRepoRoot } from './grammar-harness';

const CATALOG = path.join(findRepoRoot(), 'catalog', 'src');
const IMPORT = /^\s*(?:import|export)\b[^;]*?\bfrom\s+'(\.{1,2}\/[^']*|\.{1,2})'/gmu;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    return item.isDirectory() ? sourceFiles(full) : item.name.endsWith('.ts') ? [full] : [];
  });
}

function resolve(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [`${base}.ts`, path.join(base, 'index.ts')];
  const found = candidates.find((file) => fs.existsSync(file));
  assert.ok(found, `${path.relative(CATALOG, from)} imports '${specifier}', which does not resolve`);
  return found;
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(CATALOG)) {
    const text = fs.readFileSync(file, 'utf8');
    graph.set(
      file,
      [...text.matchAll(IMPORT)].map((match) => resolve(file, match[1] as string)),
    );
  }
  return graph;
}

/** The first cycle found by a depth-first walk, as a list of files, or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (file: string): string[] | undefined => {
    const open = stack.indexOf(file);
    if (open >= 0) return [...stack.slice(open), file];
    if (done.has(file)) return undefined;
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    done.add(file);
    return undefined;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

test('the import graph sees the catalog modules and their imports', () => {
  const graph = importGraph();
  const imports = graph.get(path.join(CATALOG, 'compare.ts')) ?? [];
  assert.ok(imports.includes(path.join(CATALOG, 'index.ts')), 'compare.ts imports index.ts');
  assert.ok(
    (graph.get(path.join(CATALOG, 'locales', 'index.ts')) ?? []).includes(
      path.join(CATALOG, 'locales', 'en', 'index.ts'),
    ),
    'a directory import resolves to its index.ts',
  );
});

test('no import cycle in catalog/src, type-only imports included', () => {
  const cycle = findCycle(importGraph());
  assert.equal(cycle?.map((file) => path.relative(CATALOG, file)).join(' → '), undefined);
});
