/**
 * The open draft's images, in the sidebar: each with a thumbnail, its size, whether the post uses it, and
 * Rename (which also rewrites every reference, through the editor) and Delete; "Add image" stores chosen files
 * and inserts them at the caret. Below, the image problems. Image pastes into the editor are handled here too.
 */
import './assets.css';
import { useCallback, useState } from 'react';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import type { AssetView } from '../../state/create-bundle-stores';
import { applyChanges } from '../../core/front-matter/apply-changes';
import { dispatchChanges } from '../editor/editor-handle';
import { useBlobUrl } from './asset-urls';
import { formatSize } from './format-size';
import { ImageProblems } from './image-problems';
import { addImagesAtCaret } from './insert-images';
import { useAssetRefs } from './use-asset-refs';
import { useImagePaste } from './use-image-paste';

/** Where the panel reports what happened. */
export type Notify = (message: string, tone: 'info' | 'error') => void;

/** The accept list of the image pickers. */
export const IMAGE_ACCEPT = 'image/png,image/jpeg,image/gif,image/webp,image/avif,image/svg+xml,.avif,.svg';

/** Images of the open draft, and their problems. */
export function AssetsPanel({ notify }: { notify: Notify }) {
  const stores = useStores();
  const assets = useStore(stores.assets, (s) => s.assets);
  const error = useStore(stores.assets, (s) => s.error);
  const { used, problems } = useAssetRefs();
  const refused = useCallback((messages: string[]) => messages.forEach((m) => notify(m, 'error')), [notify]);
  useImagePaste(stores, refused);

  return (
    <section className="doc-panel assets-panel" aria-labelledby="images-title">
      <h2 id="images-title" className="doc-panel__title">
        Images <span className="doc-panel__count">{assets.length}</span>
      </h2>
      <label className="assets-panel__add">
        <span>Add image</span>
        <input
          type="file"
          multiple
          accept={IMAGE_ACCEPT}
          aria-label="Add image"
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            if (files.length) void addImagesAtCaret(stores, files).then(refused);
          }}
        />
      </label>
      {error && (
        <p role="alert" className="assets-panel__error">
          {error}
        </p>
      )}
      {assets.length === 0 ? (
        <p className="doc-panel__empty">No images yet: paste, drop or add one.</p>
      ) : (
        <ul className="asset-list" aria-label="Images">
          {assets.map((asset) => (
            <AssetItem key={asset.path} asset={asset} used={used.has(asset.path)} notify={notify} />
          ))}
        </ul>
      )}
      <ImageProblems problems={problems} />
    </section>
  );
}

function AssetItem({ asset, used, notify }: { asset: AssetView; used: boolean; notify: Notify }) {
  const stores = useStores();
  const url = useBlobUrl(asset.blob);
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const rename = async () => {
    if (editing === null) return;
    const result = await stores.assets.getState().rename(asset.path, editing);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    const { changes, path } = result.value;
    if (changes.length && !dispatchChanges(changes)) {
      const doc = stores.document.getState();
      doc.setText(applyChanges(doc.text, changes), doc.caret);
    }
    setEditing(null);
    setProblem(null);
    if (path !== asset.path) notify(`Renamed “${asset.path}” to “${path}”.`, 'info');
  };
  const remove = async () => {
    const result = await stores.assets.getState().remove(asset.path);
    if (!result.ok) notify(`“${asset.path}” was not deleted: ${result.error.message}`, 'error');
    else notify(`Deleted “${asset.path}”${used ? ': the post still refers to it' : ''}.`, 'info');
  };

  return (
    <li className="asset-item">
      {url && <img className="asset-item__thumb" src={url} alt="" />}
      <span className="asset-item__name">{asset.path}</span>
      <span className="asset-item__meta">
        {formatSize(asset.size)} ·{' '}
        <span className={used ? 'badge badge--published' : 'badge badge--draft'}>
          {used ? 'Used' : 'Unused'}
        </span>
      </span>
      {editing === null ? (
        <span className="asset-item__actions">
          <button type="button" aria-label={`Rename ${asset.path}`} onClick={() => setEditing(asset.path)}>
            Rename
          </button>
          <button type="button" aria-label={`Delete ${asset.path}`} onClick={() => void remove()}>
            Delete
          </button>
        </span>
      ) : (
        <form
          className="asset-item__rename"
          onSubmit={(e) => {
            e.preventDefault();
            void rename();
          }}
        >
          <label>
            <span className="visually-hidden">New name for {asset.path}</span>
            <input
              value={editing}
              aria-label={`New name for ${asset.path}`}
              autoFocus
              onChange={(e) => setEditing(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setEditing(null);
              }}
            />
          </label>
          <button type="submit">Save name</button>
          <button type="button" onClick={() => setEditing(null)}>
            Cancel
          </button>
          {problem && (
            <span role="alert" className="asset-item__problem">
              {problem}
            </span>
          )}
        </form>
      )}
    </li>
  );
}
