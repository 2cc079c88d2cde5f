import { describe, expect, it } from 'vitest';
import { mergeReplies } from './preview-protocol';
import { patchReply } from './preview-reply.testkit';

const reply = patchReply;

describe('mergeReplies', () => {
  it('is the last order and positions, with every block added on the way that is still in it', () => {
    const hint = { prefix: '', firstDivider: false, laterDivider: false, footnotes: [] };
    const merged = mergeReplies([
      reply({ version: 3, ids: [1, 2], starts: [0, 10], ends: [10, 20], added: [[2, '<p>b</p>']] }),
      reply({ version: 3, added: [], starts: [0, 12], ends: [12, 22] }),
      reply({ version: 4, done: true, ids: [1, 3], added: [[3, '<p>c</p>']], hints: [[3, hint]] }),
    ]);
    expect(merged).toEqual(
      reply({
        version: 4,
        done: true,
        ids: [1, 3],
        starts: [0, 12],
        ends: [12, 22],
        added: [[3, '<p>c</p>']],
        hints: [[3, hint]],
      }),
    );
  });

  it('keeps what was added when the order never changed', () => {
    const merged = mergeReplies([reply({ added: [[5, '<p>x</p>']] }), reply({ version: 2 })]);
    expect(merged.added).toEqual([[5, '<p>x</p>']]);
    expect(merged.ids).toBeNull();
    expect(merged.version).toBe(2);
  });
});
