// The README and docs/*.md are read on a checkout of this repository alone: every relative link must name
// a file or folder inside it, and no path may lead out of it (`../…`), where a reader has nothing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Link targets of a Markdown text: inline `[text](target)`, images, and reference definitions. */
function linkTargets(markdown: string): string[] {
  const text = markdown.replace(/```[\s\S]*?```/g, ''); // fenced code is not a link
  const inline = [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const defined = [...text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]!);
  return [...inline, ...defined];
}

/** Why a link target of `file` does not resolve inside the repository at `root`, or null when it does. */
function brokenLink(root: string, file: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return null; // URL, mailto:, anchor
  const pathPart = decodeURIComponent(target.split('#')[0]!.split('?')[0]!);
  const resolved = path.resolve(path.dirname(path.join(root, file)), pathPart);
  const relative = path.relative(root, resolved);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return `${target} leads outside the repository`;
  return fs.existsSync(resolved) ? null : `${target} names no file (${relative})`;
}

/** Code spans that spell a path out of the repository, such as `../shared/spec/DOMAIN.md`. */
const outsidePaths = (markdown: string): string[] =>
  [...markdown.matchAll(/`(\.\.\/[^`\s]*)`/g)].map((m) => m[1]!);

function documents(): string[] {
  const docs = fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md'));
  return ['README.md', ...docs.map((f) => `docs/${f}`)];
}

describe('links in README.md and docs/*.md', () => {
  it('finds links, tells a missing or escaping one from a good one', () => {
    const md = [
      'See [the map](docs/ARCHITECTURE.md#modules), ![logo](./nope.png) and <https://example.org>.',
      '[spec]: ../shared/spec/DOMAIN.md',
      '```sh\n[not](a-link.md)\n```',
      'Plain `../outside/file.md` in a code span.',
    ].join('\n');
    expect(linkTargets(md)).toEqual([
      'docs/ARCHITECTURE.md#modules',
      './nope.png',
      '../shared/spec/DOMAIN.md',
    ]);
    expect(brokenLink(ROOT, 'README.md', 'docs/ARCHITECTURE.md#modules')).toBeNull();
    expect(brokenLink(ROOT, 'docs/ARCHITECTURE.md', '../README.md')).toBeNull();
    expect(brokenLink(ROOT, 'README.md', 'https://example.org/x')).toBeNull();
    expect(brokenLink(ROOT, 'README.md', './nope.png')).toBe('./nope.png names no file (nope.png)');
    expect(brokenLink(ROOT, 'README.md', '../shared/spec/DOMAIN.md')).toBe(
      '../shared/spec/DOMAIN.md leads outside the repository',
    );
    expect(outsidePaths(md)).toEqual(['../outside/file.md']);
  });

  it.each(documents())('%s: every relative link resolves to a file in the repository', (file) => {
    const markdown = fs.readFileSync(path.join(ROOT, file), 'utf8');
    const problems = linkTargets(markdown)
      .map((target) => brokenLink(ROOT, file, target))
      .filter((p): p is string => p !== null);
    const escaping = outsidePaths(markdown).map((p) => `\`${p}\` names a path outside the repository`);
    expect([...problems, ...escaping]).toEqual([]);
  });

  it('the README links the architecture map', () => {
    expect(linkTargets(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'))).toContain(
      'docs/ARCHITECTURE.md',
    );
  });
});
