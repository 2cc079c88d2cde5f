/**
 * Test-only helpers that build IndexedDB databases by hand (as older releases or other tabs would), for the
 * storage tests. Not imported by the app.
 */
import type { DraftRecordV1 } from './schema';

/** Create database `name` at `version`, its stores and records made by `build` (as an older release did). */
export function createDatabase(
  factory: IDBFactory,
  name: string,
  version: number,
  build: (db: IDBDatabase) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onupgradeneeded = () => build(request.result);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

/** Create database `name` at schema version 1 holding `records`, exactly as the first release did. */
export function createV1Database(factory: IDBFactory, name: string, records: DraftRecordV1[]): Promise<void> {
  return createDatabase(factory, name, 1, (db) => {
    const store = db.createObjectStore('drafts', { keyPath: 'id' });
    for (const record of records) store.put(record);
  });
}

/** Open `name` at `version` and keep the connection (an old or newer tab); close it yourself. */
export function openRaw(factory: IDBFactory, name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
