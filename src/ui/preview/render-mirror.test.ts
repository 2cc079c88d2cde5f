import { describe, expect, it } from 'vitest';
import { SNAPSHOT_MAX_CHARS } from '../../core/markdown/preview-snapshot';
import { patchReply } from './preview-reply.testkit';
import { RenderMirror } from './render-mirror';

const reply = (over: Parameters<typeof patchReply>[0]) => patchReply({ done: true, ...over });

describe('render mirror', () => {
  it('puts the shown blocks together in order once the whole text is shown', () => {
    const mirror = new RenderMirror();
    mirror.apply(reply({ done: false, ids: [1], starts: [0], ends: [4], added: [[1, '<h1>A</h1>']] }), 'T1');
    expect(mirror.render('d', 'T1', 'k')).toBeNull();
    mirror.apply(reply({ ids: [1, 2], starts: [0, 6], ends: [4, 9], added: [[2, '<p>b</p>']] }), 'T1');
    expect(mirror.render('d', 'T1', 'k')).toEqual({
      draftId: 'd',
      text: 'T1',
      key: 'k',
      blocks: ['<h1>A</h1>', '<p>b</p>'],
      starts: [0, 6],
      ends: [4, 9],
    });
    // A keystroke's reply: block 2 replaced by 3, positions unchanged elsewhere.
    mirror.apply(reply({ ids: [1, 3], starts: [0, 6], ends: [4, 10], added: [[3, '<p>bc</p>']] }), 'T2');
    expect(mirror.render('d', 'T1', 'k')).toBeNull();
    expect(mirror.render('d', 'T2', 'k')?.blocks).toEqual(['<h1>A</h1>', '<p>bc</p>']);
    // Only the order changed (a block removed).
    mirror.apply(reply({ ids: [3], starts: [0], ends: [4] }), 'T3');
    expect(mirror.render('d', 'T3', 'k')?.blocks).toEqual(['<p>bc</p>']);
  });

  it('lets go of a post too long to keep', () => {
    const mirror = new RenderMirror();
    const big = 'x'.repeat(SNAPSHOT_MAX_CHARS / 2);
    mirror.apply(
      reply({
        ids: [1, 2, 3],
        starts: [0, 1, 2],
        ends: [1, 2, 3],
        added: [
          [1, big],
          [2, big],
          [3, big],
        ],
      }),
      'long',
    );
    expect(mirror.render('d', 'long', 'k')).toBeNull();
    mirror.apply(reply({ ids: [1], starts: [0], ends: [1] }), 'short');
    expect(mirror.render('d', 'short', 'k')).toBeNull();
  });
});
