import { describe, expect, it } from 'vitest';
import { isQuotaError, storageError, toStorageError } from './errors';

const dom = (name: string, message = 'browser words'): DOMException => new DOMException(message, name);

describe('toStorageError', () => {
  it.each([
    [dom('QuotaExceededError'), 'storage-full'],
    [dom('NS_ERROR_DOM_QUOTA_REACHED'), 'storage-full'],
    [Object.assign(new Error('x'), { name: 'Whatever', code: 1014 }), 'storage-full'],
    [dom('UnknownError', 'Quota exceeded while writing'), 'storage-full'],
    [dom('AbortError', 'Transaction aborted: quota exceeded'), 'storage-full'],
    [dom('InvalidStateError'), 'unavailable'],
    [dom('SecurityError'), 'unavailable'],
    [dom('VersionError'), 'blocked'],
    [dom('UnknownError', 'Internal error opening backing store'), 'unknown'],
    [dom('AbortError'), 'unknown'],
    ['a string', 'unknown'],
    [undefined, 'unknown'],
  ])('maps %s to %s', (thrown, kind) => {
    expect(toStorageError(thrown).kind).toBe(kind);
  });

  it('uses plain words and keeps the browser detail for unknown failures', () => {
    expect(toStorageError(dom('QuotaExceededError')).message).toBe(
      'Browser storage is full: your text is safe in this tab; export it or free space (delete old drafts or site data).',
    );
    expect(toStorageError(dom('UnknownError', 'Internal error')).message).toMatch(
      /unexpectedly.*\(Internal error\)$/,
    );
  });

  it('passes a StorageError through unchanged', () => {
    const error = storageError('conflict');
    expect(toStorageError(error)).toBe(error);
  });

  it('does not call an abort without quota words a quota error, even with code 22 on an AbortError', () => {
    expect(isQuotaError(Object.assign(new Error('aborted'), { name: 'AbortError', code: 22 }))).toBe(false);
  });
});
