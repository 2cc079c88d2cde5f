/**
 * The crash journal's synchronous key-value store over `localStorage`. A write here lands even when the page is
 * torn down right after (`pagehide`), which an IndexedDB transaction started at that moment often does not.
 */
import type { SyncJournal } from './drafts';

/**
 * A `SyncJournal` over `storage` (usually `window.localStorage`). Never throws: with no storage, or when the
 * browser refuses (quota, private mode, disabled site data), `write` returns false and `read` returns null.
 */
export function createLocalJournal(storage: Storage | undefined): SyncJournal {
  return {
    read(key) {
      try {
        return storage ? storage.getItem(key) : null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      if (!storage) return false;
      try {
        storage.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing to do: a journal entry that cannot be removed is replayed (and found equal) next time.
      }
    },
    keys() {
      try {
        if (!storage) return [];
        const keys: string[] = [];
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key !== null) keys.push(key);
        }
        return keys;
      } catch {
        return [];
      }
    },
  };
}

/**
 * The page's `localStorage`, or undefined where reading it throws (sandboxed frames, blocked site data) or it
 * does not exist (Node). Pass the result to `createLocalJournal`.
 */
export function browserLocalStorage(): Storage | undefined {
  try {
    return (globalThis as { localStorage?: Storage }).localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
