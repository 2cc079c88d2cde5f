import { describe, expect, it } from 'vitest';
import { analyzePost } from '../analysis/analyze-post';
import { runChecks, type Problem } from './index';

const NOW = Date.parse('2025-06-01T00:00:00Z');

function check(text: string): Problem[] {
  return runChecks(analyzePost(text), { now: NOW });
}

function only(text: string, name: string): Problem[] {
  return check(text).filter((p) => p.check === name);
}

const GOOD = `---
title: A good post
description: Short and clear.
tags: [craft]
date: 2025-01-02T10:00:00+01:00
---

## Start

![A lantern](lantern.png) and [back up](#start) and [ref][home].

[home]: https://example.org
`;

describe('checks', () => {
  it('finds nothing wrong with a complete post', () => {
    expect(check(GOOD)).toEqual([]);
  });

  it('reports a missing or empty title at the front matter, and a long one at its line', () => {
    const missing = only('---\ndescription: d\n---\nbody\n', 'title');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.from).toBe(0);
    const long = `---\ntitle: ${'x'.repeat(61)}\n---\n`;
    const [problem] = only(long, 'title');
    expect(problem!.message).toContain('61 characters');
    expect(long.slice(problem!.from, problem!.to)).toBe(`title: ${'x'.repeat(61)}`);
    expect(only(`---\ntitle: ${'x'.repeat(60)}\n---\n`, 'title')).toEqual([]);
  });

  it('reports an empty description and one over 160 characters', () => {
    expect(only('---\ntitle: t\ndescription: ""\n---\n', 'description')).toHaveLength(1);
    expect(only(`---\ndescription: ${'d'.repeat(161)}\n---\n`, 'description')[0]!.message).toContain('161');
    expect(only(`---\ndescription: ${'d'.repeat(160)}\n---\n`, 'description')).toEqual([]);
  });

  it('reports missing tags, in TOML and JSON front matter too', () => {
    expect(only('+++\ntitle = "t"\ntags = []\n+++\n', 'tags')).toHaveLength(1);
    expect(only('{"title": "t", "tags": ["a"]}\n', 'tags')).toEqual([]);
    const toml = '+++\ntitle = "t"\n[params]\ntags = ["x"]\n+++\n';
    expect(only(toml, 'tags')).toHaveLength(1);
  });

  it('places TOML and JSON fields at their lines', () => {
    const toml = '+++\ntags = ["a"]\ntitle = ""\n+++\n';
    const [p] = only(toml, 'title');
    expect(toml.slice(p!.from, p!.to)).toBe('title = ""');
    const json = '{\n  "tags": ["a"],\n  "title": ""\n}\n';
    const [q] = only(json, 'title');
    expect(json.slice(q!.from, q!.to)).toBe('"title": ""');
  });

  it('notes a draft', () => {
    const text = '---\ntitle: t\ndraft: true\n---\n';
    const [p] = only(text, 'draft');
    expect(text.slice(p!.from, p!.to)).toBe('draft: true');
    expect(only('---\ndraft: false\n---\n', 'draft')).toEqual([]);
  });

  it('warns about a date or publishDate in the future, offsets and UTC included', () => {
    expect(only('---\ndate: 2025-06-02\n---\n', 'future-date')).toHaveLength(1);
    expect(only('---\ndate: 2025-06-01T07:00:00+08:00\n---\n', 'future-date')).toEqual([]);
    expect(only('---\ndate: 2025-06-01T09:00:00+08:00\n---\n', 'future-date')).toHaveLength(1);
    expect(
      only('---\ndate: 2024-01-01\npublishDate: 2026-01-01\n---\n', 'future-date')[0]!.message,
    ).toContain('publishDate');
    expect(only('+++\ndate = 2030-01-01T00:00:00Z\n+++\n', 'future-date')).toHaveLength(1);
  });

  it('reports repeated explicit ids as errors and renumbered automatic ids as warnings', () => {
    const text = '## One {#a}\n\n## Two {#a}\n\n## Same\n\n## Same\n';
    const problems = only(text, 'duplicate-heading-ids');
    expect(problems.map((p) => [p.severity, text.slice(p.from, p.to)])).toEqual([
      ['error', '## Two {#a}'],
      ['warning', '## Same'],
    ]);
    expect(problems[1]!.from).toBe(text.lastIndexOf('## Same'));
    expect(problems[1]!.message).toContain('same-1');
  });

  it('reports images without alt text at the image', () => {
    const text = 'See ![](a.png) and ![ ](b.png) and ![ok](c.png).\n';
    const problems = only(text, 'image-alt');
    expect(problems.map((p) => text.slice(p.from, p.to))).toEqual(['![](a.png)', '![ ](b.png)']);
  });

  it('reports links and images pointing nowhere', () => {
    const text =
      '## Here\n\n[empty]() [hash](#) [gone](#nowhere) [ok](#here) ![x]() [r][missing] [s](https://x.org)\n';
    const problems = only(text, 'link-targets');
    expect(problems.map((p) => text.slice(p.from, p.to))).toEqual([
      '[empty]()',
      '[hash](#)',
      '[gone](#nowhere)',
      '![x]()',
      '[r][missing]',
    ]);
  });

  it('leaves shortcode-made targets to Hugo', () => {
    expect(only('[doc]({{< ref "other.md" >}})\n', 'link-targets')).toEqual([]);
  });

  it('reports unreadable front matter as an error at its line', () => {
    const text = '---\ntitle: [unclosed\n---\n';
    const [p] = only(text, 'front-matter-error');
    expect(p!.severity).toBe('error');
    expect(p!.from).toBeGreaterThan(0);
  });

  it('lists problems in text order', () => {
    const problems = check('## Same\n\n![](x.png)\n\n## Same\n');
    const froms = problems.map((p) => p.from);
    expect(froms).toEqual([...froms].sort((a, b) => a - b));
  });
});
