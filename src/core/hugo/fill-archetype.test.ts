import { describe, expect, it } from 'vitest';
import { archetypeCandidates, fillArchetype } from './fill-archetype';
import type { ArchetypeTarget } from './fill-archetype';

const TARGET: ArchetypeTarget = {
  section: 'posts',
  name: 'a-night-at-the-harbour',
  bundle: true,
  now: new Date(Date.UTC(2025, 5, 1, 20, 30, 0)),
  offsetMinutes: 120,
  siteTitle: 'Tidal Notes',
};

describe('fillArchetype', () => {
  it('fills the default archetype as hugo new content does', () => {
    const template = [
      '+++',
      'title = \'{{ replace .File.ContentBaseName "-" " " | title }}\'',
      'date = {{ .Date }}',
      'draft = true',
      '+++',
      '',
    ].join('\n');
    expect(fillArchetype(template, TARGET)).toEqual({
      text: "+++\ntitle = 'A Night at the Harbour'\ndate = 2025-06-01T22:30:00+02:00\ndraft = true\n+++\n",
      unresolved: [],
    });
  });

  it('knows .Name, .Type, the .File paths, .Site.Title, now.Format, time.Format and printf', () => {
    const template = [
      'name: {{ .Name }} / {{ .Type }} / {{ .Section }}',
      'file: {{ .File.Path }} {{ .File.Dir }} {{ .File.BaseFileName }} {{ .File.LogicalName }}',
      'site: {{ .Site.Title | upper }}',
      'day: {{ now.Format "2006-01-02" }} {{ .Date | time.Format "Jan 2" }}',
      'slug: {{ printf "%s-%s" .Section .Name | urlize }} {{ humanize .Name }}',
      'empty: {{ default "none" .Title }}',
    ].join('\n');
    expect(fillArchetype(template, TARGET).text).toBe(
      [
        'name: a-night-at-the-harbour / posts / posts',
        'file: posts/a-night-at-the-harbour/index.md posts/a-night-at-the-harbour/ index index.md',
        'site: TIDAL NOTES',
        'day: 2025-06-01 Jun 1',
        'slug: posts-a-night-at-the-harbour A night at the harbour',
        'empty: none',
      ].join('\n'),
    );
  });

  it('names a single file by its base name', () => {
    const out = fillArchetype('{{ .File.Path }} {{ .File.BaseFileName }}', { ...TARGET, bundle: false });
    expect(out.text).toBe('posts/a-night-at-the-harbour.md a-night-at-the-harbour');
  });

  it('drops comments, honours trim markers and leaves shortcodes alone', () => {
    const template =
      'a {{- /* note */ -}}  b\n{{< figure src="x.png" >}}\n{{% aside %}}{{ .Name }}{{% /aside %}}';
    expect(fillArchetype(template, TARGET).text).toBe(
      'ab\n{{< figure src="x.png" >}}\n{{% aside %}}a-night-at-the-harbour{{% /aside %}}',
    );
  });

  it('keeps what it cannot run, and says so', () => {
    const out = fillArchetype('{{ if .Draft }}x{{ end }} {{ .Params.foo }} {{ .Name', TARGET);
    expect(out.unresolved).toEqual(['{{ if .Draft }}', '{{ end }}', '{{ .Params.foo }}']);
    expect(out.text).toBe('{{ if .Draft }}x{{ end }} {{ .Params.foo }} {{ .Name');
  });
});

describe('archetypeCandidates', () => {
  it('tries the section archetype, then the default', () => {
    expect(archetypeCandidates('posts')).toEqual(['archetypes/posts.md', 'archetypes/default.md']);
    expect(archetypeCandidates('')).toEqual(['archetypes/default.md']);
  });
});
