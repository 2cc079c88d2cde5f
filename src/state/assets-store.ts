/**
 * The open draft's images: the list (loaded whenever another draft opens), and the verbs to add, rename and
 * delete them. Adding checks each file's real type and size (`core/bundle/image-type`) and gives it a slug-safe,
 * unique name; renaming also returns the text changes that point the post's references at the new name, for
 * the UI to send through the editor (so undo covers them).
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Result } from '../storage/drafts';
import type { AssetStore } from '../storage/assets';
import { altFromName, safeAssetName, safeAssetPath, uniqueAssetName } from '../core/bundle/asset-name';
import { checkImage, SNIFF_BYTES } from '../core/bundle/image-type';
import { renameRefs } from '../core/bundle/rename-refs';
import type { TextChange } from '../core/front-matter/types';
import type { DocumentState } from './document-store';

/** One image of the open draft. */
export interface AssetView {
  path: string;
  size: number;
  /** MIME type. */
  type: string;
  blob: Blob;
}

/** A file to add: its name as chosen or pasted, and its contents. */
export interface IncomingFile {
  name: string;
  blob: Blob;
}

/** What adding files did: the images stored (with the alt text to insert) and the files refused, with why. */
export interface AddOutcome {
  added: { path: string; alt: string }[];
  refused: { name: string; message: string }[];
}

/** The open draft's images and their verbs. */
export interface AssetsState {
  /** The draft the list belongs to (null when none is open). */
  draftId: string | null;
  assets: AssetView[];
  /** The last failure to load or change the images, in words; null when all is well. */
  error: string | null;
  /** Store `files` as images of the open draft (refusing non-images and files over 20 MB). */
  add(files: IncomingFile[]): Promise<AddOutcome>;
  /** Rename `from` to the safe form of `typed`; gives the final path and the text changes for references. */
  rename(from: string, typed: string): Promise<Result<{ path: string; changes: TextChange[] }>>;
  remove(path: string): Promise<Result<void>>;
  /** Load the list again (after assets were written behind the store's back). */
  reload(): Promise<void>;
}

/** What the assets store needs. */
export interface AssetsDeps {
  assets: AssetStore;
  document: StoreApi<DocumentState>;
  clock: () => number;
}

const refuse = (message: string) => ({ ok: false as const, error: { kind: 'unknown' as const, message } });

/** Create the assets store; it follows the document store's open draft. */
export function createAssetsStore(deps: AssetsDeps): StoreApi<AssetsState> {
  const { assets, document, clock } = deps;
  let loadSeq = 0;

  async function load(draftId: string | null): Promise<void> {
    const seq = ++loadSeq;
    if (draftId === null) {
      store.setState({ draftId: null, assets: [], error: null });
      return;
    }
    const listed = await assets.list(draftId);
    if (seq !== loadSeq) return;
    if (!listed.ok) {
      store.setState({ draftId, assets: [], error: listed.error.message });
      return;
    }
    const views = listed.value.map((a) => ({
      path: a.path,
      size: a.blob.size,
      type: a.blob.type,
      blob: a.blob,
    }));
    store.setState({ draftId, assets: views, error: null });
  }

  const store = createStore<AssetsState>()((_set, get) => ({
    draftId: null,
    assets: [],
    error: null,
    add: async (files) => {
      const outcome: AddOutcome = { added: [], refused: [] };
      const draftId = document.getState().id;
      if (draftId === null) {
        outcome.refused = files.map((f) => ({ name: f.name, message: 'Open a draft before adding images.' }));
        return outcome;
      }
      const taken = get().assets.map((a) => a.path);
      for (const file of files) {
        const head = new Uint8Array(await file.blob.slice(0, SNIFF_BYTES).arrayBuffer());
        const check = checkImage(file.name, file.blob.size, head);
        if (!check.ok) {
          outcome.refused.push({ name: file.name, message: check.message });
          continue;
        }
        const path = uniqueAssetName(safeAssetName(file.name, check.kind), taken);
        const blob = file.blob.type === check.mime ? file.blob : new Blob([file.blob], { type: check.mime });
        const put = await assets.put({ draftId, path, blob, addedAt: clock() });
        if (!put.ok) {
          outcome.refused.push({ name: file.name, message: put.error.message });
          continue;
        }
        taken.push(path);
        outcome.added.push({ path, alt: altFromName(path) });
      }
      await load(draftId);
      return outcome;
    },
    rename: async (from, typed) => {
      const draftId = document.getState().id;
      if (draftId === null || draftId !== get().draftId) return refuse('Open a draft first.');
      const to = safeAssetPath(typed);
      if (!to) return refuse('An image needs a name.');
      if (to === from) return { ok: true, value: { path: to, changes: [] } };
      if (get().assets.some((a) => a.path !== from && a.path.toLowerCase() === to.toLowerCase())) {
        return refuse(`The draft already has an image called “${to}”.`);
      }
      const edit = renameRefs(document.getState().text, from, to);
      if (!edit.ok) return refuse(`“${from}” was not renamed: ${edit.message}.`);
      const moved = await assets.rename(draftId, from, to);
      if (!moved.ok) return moved;
      await load(draftId);
      return { ok: true, value: { path: to, changes: edit.changes } };
    },
    remove: async (path) => {
      const draftId = get().draftId;
      if (draftId === null) return refuse('Open a draft first.');
      const removed = await assets.remove(draftId, path);
      await load(draftId);
      return removed;
    },
    reload: () => load(document.getState().id),
  }));

  document.subscribe((s, prev) => {
    if (s.id !== prev.id) void load(s.id);
  });
  return store;
}
