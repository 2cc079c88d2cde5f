/**
 * What the browser says about this site's storage: whether it is persistent (kept when the disk runs low,
 * rather than evicted) and how much is used and available (`navigator.storage`). Never throws: where the API is
 * missing or refuses, the answer is null ("the browser does not say").
 */

/** Used and allowed bytes, as `navigator.storage.estimate()` reports them (estimates, rounded by browsers). */
export interface StorageEstimate {
  usage: number;
  quota: number;
}

/** The site's storage as the browser reports it. */
export interface StorageManagerApi {
  estimate(): Promise<StorageEstimate | null>;
  /** Is storage persistent now? */
  persisted(): Promise<boolean | null>;
  /** Ask for persistent storage; true when granted (browsers may decide without asking the person). */
  persist(): Promise<boolean | null>;
}

interface NavigatorStorageLike {
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

function pageStorage(): NavigatorStorageLike | undefined {
  try {
    return (globalThis as { navigator?: { storage?: NavigatorStorageLike } }).navigator?.storage;
  } catch {
    return undefined;
  }
}

async function ask<T>(call: (() => Promise<T>) | undefined): Promise<T | null> {
  if (!call) return null;
  try {
    return await call();
  } catch {
    return null;
  }
}

/** The API over `storage` (the page's `navigator.storage` by default). */
export function createStorageManagerApi(
  storage: NavigatorStorageLike | undefined = pageStorage(),
): StorageManagerApi {
  return {
    async estimate() {
      const got = await ask(storage?.estimate?.bind(storage));
      if (!got || typeof got.usage !== 'number' || typeof got.quota !== 'number') return null;
      return { usage: got.usage, quota: got.quota };
    },
    persisted: async () => {
      const got = await ask(storage?.persisted?.bind(storage));
      return typeof got === 'boolean' ? got : null;
    },
    persist: async () => {
      const got = await ask(storage?.persist?.bind(storage));
      return typeof got === 'boolean' ? got : null;
    },
  };
}

/** A fixed answer, for tests and for a page without storage (every question answered with null). */
export function createFixedStorageManagerApi(answer: {
  estimate?: StorageEstimate | null;
  persisted?: boolean | null;
  grant?: boolean | null;
}): StorageManagerApi & { persistCalls(): number } {
  let calls = 0;
  let persisted = answer.persisted ?? null;
  return {
    estimate: async () => answer.estimate ?? null,
    persisted: async () => persisted,
    persist: async () => {
      calls += 1;
      if (answer.grant !== undefined && answer.grant !== null) persisted = answer.grant;
      return answer.grant ?? null;
    },
    persistCalls: () => calls,
  };
}
