/**
 * Turning whatever IndexedDB threw into a `StorageError` a person can act on.
 *
 * Browsers disagree on names: quota is `QuotaExceededError` (code 22) in Chromium and Safari,
 * `NS_ERROR_DOM_QUOTA_REACHED` (code 1014) in old Firefox, and Chromium sometimes reports it as an `UnknownError`
 * or an `AbortError` whose message mentions the quota. Every message says the text is still safe in the tab,
 * because it is: storage failures never drop what is in memory.
 */
import type { StorageError, StorageErrorKind } from './drafts';

const MESSAGES: Record<StorageErrorKind, string> = {
  'storage-full':
    'Browser storage is full: your text is safe in this tab; export it or free space (delete old drafts or site data).',
  conflict:
    'This draft was changed in another tab or window: your version is kept here and was not saved over it. Choose which version to keep.',
  unavailable:
    'Browser storage is not available here (private mode, disabled site data, or the browser closed it): your text is safe in this tab only; export it before closing.',
  blocked:
    'Another Postwright tab is using an older version of the storage: close the other tabs, then reload this one. Your text is safe in this tab.',
  'not-found': 'That draft no longer exists: it may have been deleted in another tab.',
  unknown:
    'Browser storage failed unexpectedly: your text is safe in this tab; export it to be sure, then try again.',
};

/** The plain-words message for an error kind (the same words the store uses, for UIs that need one). */
export function storageErrorMessage(kind: StorageErrorKind): string {
  return MESSAGES[kind];
}

/** Build a `StorageError` of `kind`; `detail` (a browser's own words) is appended in parentheses when given. */
export function storageError(kind: StorageErrorKind, detail?: string): StorageError {
  const message = detail ? `${MESSAGES[kind]} (${detail})` : MESSAGES[kind];
  return { kind, message };
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const QUOTA_CODES = new Set([22, 1014]);

function nameOf(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'name' in e && typeof e.name === 'string') return e.name;
  return '';
}

function messageOf(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'message' in e && typeof e.message === 'string')
    return e.message;
  return typeof e === 'string' ? e : '';
}

function codeOf(e: unknown): number | undefined {
  if (typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'number') return e.code;
  return undefined;
}

/** True when `e` (a DOMException, an Error or anything thrown) means "out of storage space". */
export function isQuotaError(e: unknown): boolean {
  const name = nameOf(e);
  const code = codeOf(e);
  if (QUOTA_NAMES.has(name)) return true;
  if (code !== undefined && QUOTA_CODES.has(code) && name !== 'AbortError') return true;
  // Chromium: "UnknownError: ... quota", or a transaction aborted because of the quota.
  return /quota|disk is full|no space/i.test(messageOf(e));
}

/**
 * Map anything an IndexedDB call threw (or a transaction's error) to a `StorageError`.
 * Never throws; unrecognised values become `unknown` with the browser's words kept as detail.
 */
export function toStorageError(e: unknown): StorageError {
  if (isStorageError(e)) return e;
  if (isQuotaError(e)) return storageError('storage-full');
  const name = nameOf(e);
  const detail = messageOf(e) || name || undefined;
  switch (name) {
    case 'InvalidStateError':
    case 'SecurityError':
    case 'NotAllowedError':
      return storageError('unavailable', detail);
    case 'VersionError':
      return {
        kind: 'blocked',
        message:
          'A newer version of Postwright has upgraded the storage: reload this tab to keep saving. Your text is safe in this tab.',
      };
    default:
      // UnknownError, NotFoundError, DataCloneError, ...: keep the browser's words for a bug report.
      return storageError('unknown', detail);
  }
}

/** True for a value that already is a `StorageError` (so errors are never wrapped twice). */
export function isStorageError(e: unknown): e is StorageError {
  if (typeof e !== 'object' || e === null) return false;
  const kind = (e as { kind?: unknown }).kind;
  return (
    typeof kind === 'string' && kind in MESSAGES && typeof (e as { message?: unknown }).message === 'string'
  );
}
