/**
 * Every relative link in the README, docs/ and the rule pages resolves to a file of this repository (never to
 * something beside it, such as ../shared/), and every `#anchor` to a heading of its target, as GitHub renders them.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from '@jest/globals';
import { ROOT } from './helpers/paths.js';

const PAGES = [
  'README.md',
  'CONTRIBUTING.md',
  'CHANGELOG.md',
  ...readdirSync(join(ROOT, 'docs')).map((f) => `docs/${f}`),
  ...readdirSync(join(ROOT, 'rules')).map((f) => `rules/${f}`),
].filter((f) => f.endsWith('.md'));

/** Markdown without fenced code blocks and inline code, where a `](…)` is not a link. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

function links(markdown: string): string[] {
  return [...prose(markdown).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)|href="([^"]+)"/g)].map((m) => (m[1] ?? m[2])!);
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchors(markdown: string): Set<string> {
  return new Set(
    [...prose(markdown).matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) =>
      m[1]!
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-'),
    ),
  );
}

test.each(PAGES)('%s: every relative link resolves inside the repository', (page) => {
  const text = readFileSync(join(ROOT, page), 'utf8');
  const relativeLinks = links(text).filter((l) => !/^[a-z][a-z+.-]*:/i.test(l));
  for (const link of relativeLinks) {
    const [path, anchor] = link.split('#') as [string, string | undefined];
    const target = path === '' ? join(ROOT, page) : resolve(dirname(join(ROOT, page)), decodeURIComponent(path));
    expect({ link, exists: existsSync(target) }).toEqual({ link, exists: true });
    const inside = relative(realpathSync(ROOT), realpathSync(target));
    expect({ link, inside: !inside.startsWith('..') }).toEqual({ link, inside: true });
    if (anchor && target.endsWith('.md')) expect({ link, anchored: anchors(readFileSync(target, 'utf8')).has(anchor) }).toEqual({ link, anchored: true });
  }
});

test('the link check sees links, and would catch one that leaves the repository', () => {
  expect(links('[a](docs/contract.md) `[b](nope.md)` [c](https://example.com)\n```\n[d](../x)\n```\n')).toEqual(['docs/contract.md', 'https://example.com']);
  expect(links(readFileSync(join(ROOT, 'README.md'), 'utf8'))).toContain('docs/contract.md');
  expect(anchors('## Exit codes\n### Scope: what a template can know')).toEqual(new Set(['exit-codes', 'scope-what-a-template-can-know']));
});
