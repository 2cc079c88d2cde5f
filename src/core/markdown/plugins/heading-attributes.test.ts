import { describe, expect, it } from 'vitest';
import { parseAttributes, trailingAttributes } from './heading-attributes';

describe('heading attributes', () => {
  it('reads an id, classes and key/value pairs', () => {
    expect(parseAttributes('{#crew .wide data-x="a b"}')).toEqual({
      id: 'crew',
      classes: ['wide'],
      other: { 'data-x': 'a b' },
    });
  });

  it('finds the last attribute list of a line, not an escaped one', () => {
    expect(trailingAttributes('Crew {#crew}')).toEqual({
      start: 5,
      attributes: { id: 'crew', classes: [], other: {} },
    });
    expect(trailingAttributes('Crew \\{#crew}')).toBeNull();
  });

  it('ends on a line that starts with a brace and holds no attribute list (it looped for ever)', () => {
    // Found by the render property test: a heading's text "{=}" never returned.
    for (const line of ['{=}', '{ = }', '{{=}', '{a=}']) expect(trailingAttributes(line)).toBeNull();
  });
});
