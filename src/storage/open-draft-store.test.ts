import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { openDraftStore } from './open-draft-store';

describe('openDraftStore', () => {
  it('uses IndexedDB when it opens', async () => {
    const opened = await openDraftStore({ indexedDB: new IDBFactory() });
    expect(opened.problem).toBeNull();
    expect('close' in opened.drafts).toBe(true);
  });

  it('falls back to a working memory store and says why', async () => {
    const factory = new IDBFactory();
    vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const opened = await openDraftStore({ indexedDB: factory });
    expect(opened.problem?.kind).toBe('unavailable');
    expect((await opened.drafts.list()).ok).toBe(true);
  });
});
