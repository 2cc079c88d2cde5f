import { describe, expect, it } from 'vitest';
import { createFixedStorageManagerApi, createStorageManagerApi } from './storage-estimate';

describe('createStorageManagerApi', () => {
  it('passes on what navigator.storage says', async () => {
    const api = createStorageManagerApi({
      estimate: async () => ({ usage: 1234, quota: 99_000 }),
      persisted: async () => false,
      persist: async () => true,
    });
    expect(await api.estimate()).toEqual({ usage: 1234, quota: 99_000 });
    expect(await api.persisted()).toBe(false);
    expect(await api.persist()).toBe(true);
  });

  it('answers null where the browser has no API, refuses, or says something odd', async () => {
    const none = createStorageManagerApi(undefined);
    expect([await none.estimate(), await none.persisted(), await none.persist()]).toEqual([null, null, null]);
    const refusing = createStorageManagerApi({
      estimate: async () => {
        throw new DOMException('no', 'SecurityError');
      },
      persisted: async () => 'yes' as unknown as boolean,
    });
    expect(await refusing.estimate()).toBeNull();
    expect(await refusing.persisted()).toBeNull();
    expect(await createStorageManagerApi({ estimate: async () => ({ usage: 5 }) }).estimate()).toBeNull();
  });

  it('fixed answers record the persistence request', async () => {
    const api = createFixedStorageManagerApi({ persisted: false, grant: true });
    expect(await api.persisted()).toBe(false);
    expect(await api.persist()).toBe(true);
    expect(await api.persisted()).toBe(true);
    expect(api.persistCalls()).toBe(1);
  });
});
