import { describe, expect, it } from 'vitest';
import { parseShortcodeArgs, scanShortcodes } from './scan-shortcodes';

describe('scanShortcodes', () => {
  it('splits text and calls, pairing closing tags (nested calls of the same name included)', () => {
    const pieces = scanShortcodes('a {{< box x >}}in {{< box >}}deep{{< /box >}}{{< /box >}} b {{% note %}}');
    expect(pieces.map((p) => (p.kind === 'text' ? p.value : `${p.name}:${p.inner ?? '-'}`))).toEqual([
      'a ',
      'box:in {{< box >}}deep{{< /box >}}',
      ' b ',
      'note:-',
    ]);
  });

  it('turns commented-out calls into the literal call', () => {
    expect(scanShortcodes('{{</* figure src="x" */>}}')).toEqual([
      { kind: 'text', value: '{{< figure src="x" >}}' },
    ]);
  });

  it('takes a self-closing call as an empty inner, and leaves broken tags as text', () => {
    const [call] = scanShortcodes('{{< img src="a.png" />}}');
    expect(call).toMatchObject({ kind: 'shortcode', name: 'img', inner: '', named: { src: 'a.png' } });
    expect(scanShortcodes('{{< unterminated')).toEqual([{ kind: 'text', value: '{{< unterminated' }]);
  });
});

describe('parseShortcodeArgs', () => {
  it('reads positional and named arguments, quoted or bare', () => {
    expect(parseShortcodeArgs(' go "linenos=table" key=v other=`raw "x"` q="a \\"b\\""')).toEqual({
      positional: ['go', 'linenos=table'],
      named: { key: 'v', other: 'raw "x"', q: 'a "b"' },
    });
  });
});
