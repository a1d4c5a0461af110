// The modules depend on one another one way only (the auth ↔ bodies cycle is gone and stays gone):
// the graph of which module imports which, read from the sources, has no cycle.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODULES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/modules');
const SPECIFIER = /(?:from\s+|import\s*\(\s*)'(\.[^']+)'/g;

function moduleGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const name of fs.readdirSync(MODULES)) {
    const uses = new Set<string>();
    graph.set(name, uses);
    const files = fs.readdirSync(path.join(MODULES, name), { recursive: true, encoding: 'utf8' });
    for (const file of files.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const full = path.join(MODULES, name, file);
      for (const [, spec] of fs.readFileSync(full, 'utf8').matchAll(SPECIFIER)) {
        const [top, other] = path.relative(MODULES, path.resolve(path.dirname(full), spec!)).split(path.sep);
        if (top !== '..' && other && top !== name) uses.add(top!);
      }
    }
  }
  return graph;
}

/** A cycle as a path of module names, or null. */
function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const done = new Set<string>();
  const visit = (name: string, trail: string[]): string[] | null => {
    if (trail.includes(name)) return [...trail.slice(trail.indexOf(name)), name];
    if (done.has(name)) return null;
    for (const next of graph.get(name) ?? []) {
      const cycle = visit(next, [...trail, name]);
      if (cycle) return cycle;
    }
    done.add(name);
    return null;
  };
  for (const name of graph.keys()) {
    const cycle = visit(name, []);
    if (cycle) return cycle;
  }
  return null;
}

describe('the module graph', () => {
  it('has no cycle', () => {
    const graph = moduleGraph();
    expect(graph.get('bodies')).not.toContain('auth');
    expect(graph.get('access')).toEqual(new Set());
    expect(findCycle(graph)).toBeNull();
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['auth', new Set(['bodies'])],
      ['bodies', new Set(['access', 'auth'])],
      ['access', new Set<string>()],
    ]);
    expect(findCycle(graph)).toEqual(['auth', 'bodies', 'auth']);
  });
});
