/**
 * The site folder over the File System Access API (Chromium): the only code that touches directory handles.
 * The chosen folder's handle is remembered in IndexedDB; after a reload the browser usually wants permission
 * again, which it only grants from a user gesture, so `remembered()` reports it and `reconnect()` asks.
 *
 * Test hook: when `window.__postwrightPickDirectory` is defined (end-to-end tests inject it, e.g. returning a
 * directory from the Origin Private File System), it is called instead of `showDirectoryPicker`. It is never
 * defined in the app itself.
 */
import type { Result, StorageError } from './drafts';
import type { ValueMemory } from './bundle-db';
import type { SiteAccess, SiteDirectory, SiteEntry, SitePermission } from './site-files';

/** The parts of the File System Access API used here (not all are in TypeScript's DOM library). */
interface DirHandle {
  kind: 'directory';
  name: string;
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<DirHandle>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandle>;
  values(): AsyncIterable<DirHandle | FileHandle>;
  queryPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(descriptor: { mode: 'readwrite' }): Promise<PermissionState>;
}
interface FileHandle {
  kind: 'file';
  name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
}
type Picker = (options?: { id?: string; mode?: 'readwrite' }) => Promise<DirHandle>;

interface PickerWindow {
  showDirectoryPicker?: Picker;
  __postwrightPickDirectory?: Picker;
}

const pickerWindow = (): PickerWindow =>
  typeof window === 'undefined' ? {} : (window as unknown as PickerWindow);

function fsError(e: unknown, what: string): StorageError {
  const name = e instanceof DOMException ? e.name : '';
  switch (name) {
    case 'NotFoundError':
      return { kind: 'not-found', message: `${what}: it is not there any more.` };
    case 'NotAllowedError':
    case 'SecurityError':
      return {
        kind: 'blocked',
        message: `${what}: the browser did not allow it. Reconnect the site folder.`,
      };
    case 'QuotaExceededError':
      return { kind: 'storage-full', message: `${what}: the disk is full.` };
    case 'TypeMismatchError':
      return { kind: 'conflict', message: `${what}: a folder and a file have the same name.` };
    default:
      return { kind: 'unknown', message: `${what}: ${e instanceof Error ? e.message : String(e)}` };
  }
}

const segments = (path: string): string[] => path.split('/').filter((s) => s && s !== '.' && s !== '..');

/** A `SiteDirectory` over a directory handle. */
export function directoryFromHandle(root: DirHandle): SiteDirectory {
  async function folder(parts: string[], create: boolean): Promise<DirHandle> {
    let dir = root;
    for (const part of parts) dir = await dir.getDirectoryHandle(part, { create });
    return dir;
  }
  return {
    name: root.name,
    writable: true,
    async list(dir) {
      try {
        const handle = await folder(segments(dir), false);
        const out: SiteEntry[] = [];
        for await (const entry of handle.values()) out.push({ name: entry.name, kind: entry.kind });
        return { ok: true, value: out };
      } catch (e) {
        return { ok: false, error: fsError(e, `Reading the folder “${dir || root.name}” failed`) };
      }
    },
    async read(path) {
      const parts = segments(path);
      const name = parts.pop();
      if (!name) return { ok: true, value: null };
      try {
        const dir = await folder(parts, false);
        return { ok: true, value: await (await dir.getFileHandle(name)).getFile() };
      } catch (e) {
        if (e instanceof DOMException && (e.name === 'NotFoundError' || e.name === 'TypeMismatchError'))
          return { ok: true, value: null };
        return { ok: false, error: fsError(e, `Reading “${path}” failed`) };
      }
    },
    async write(path, data) {
      const parts = segments(path);
      const name = parts.pop();
      if (!name) return { ok: false, error: { kind: 'unknown', message: 'A file needs a name.' } };
      try {
        const dir = await folder(parts, true);
        const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
        await writable.write(data);
        await writable.close();
        return { ok: true, value: undefined };
      } catch (e) {
        return { ok: false, error: fsError(e, `Writing “${path}” failed`) };
      }
    },
  };
}

async function permissionOf(handle: DirHandle, ask: boolean): Promise<SitePermission> {
  const call = ask ? handle.requestPermission : handle.queryPermission;
  if (!call) return 'granted';
  try {
    const state = await call.call(handle, { mode: 'readwrite' });
    return state === 'granted' ? 'granted' : state === 'denied' ? 'denied' : 'prompt';
  } catch {
    return 'prompt';
  }
}

const isHandle = (value: unknown): value is DirHandle =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'directory';

/** Site folder access over the File System Access API, remembering the handle in `memory`. */
export function createSiteAccess(memory: ValueMemory): SiteAccess {
  const win = pickerWindow();
  const picker = win.__postwrightPickDirectory ?? win.showDirectoryPicker;
  return {
    canWrite: typeof picker === 'function',
    async pick(): Promise<Result<SiteDirectory | null>> {
      const pick = pickerWindow().__postwrightPickDirectory ?? pickerWindow().showDirectoryPicker;
      if (!pick)
        return { ok: false, error: { kind: 'unavailable', message: 'This browser cannot open folders.' } };
      let handle: DirHandle;
      try {
        handle = await pick.call(window, { id: 'postwright-site', mode: 'readwrite' });
      } catch (e) {
        if (e instanceof DOMException && e.name === 'AbortError') return { ok: true, value: null };
        return { ok: false, error: fsError(e, 'Opening the folder failed') };
      }
      if (
        (await permissionOf(handle, false)) !== 'granted' &&
        (await permissionOf(handle, true)) !== 'granted'
      ) {
        return {
          ok: false,
          error: fsError(new DOMException('', 'NotAllowedError'), 'Opening the folder failed'),
        };
      }
      await memory.set(handle);
      return { ok: true, value: directoryFromHandle(handle) };
    },
    async remembered() {
      const handle = await memory.get();
      if (!isHandle(handle)) return null;
      return { name: handle.name, permission: await permissionOf(handle, false) };
    },
    async reconnect() {
      const handle = await memory.get();
      if (!isHandle(handle)) return { ok: true, value: null };
      const permission = await permissionOf(handle, true);
      return { ok: true, value: permission === 'granted' ? directoryFromHandle(handle) : null };
    },
    forget: () => memory.set(null),
  };
}
