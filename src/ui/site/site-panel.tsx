/**
 * The site folder in the library: open it (or reconnect to the one remembered from an earlier visit, which the
 * browser only allows from a click), its posts (leaf bundles, branch bundles and single files) to open as
 * drafts, and "New post in site". Where the browser cannot write folders, the folder can still be opened
 * read-only through a folder input, and the panel says why saving gives a zip.
 */
import './site.css';
import { useState } from 'react';
import { useStore } from 'zustand';
import { useDocument, useStores } from '../app/stores-context';
import type { SitePost } from '../../core/hugo/list-posts';
import { folderInputFiles } from '../assets/import-bundles';
import type { Notify } from '../assets/assets-panel';
import { PlacementDialog } from './placement-dialog';

const KIND_WORDS = { leaf: 'Bundle', branch: 'Section', single: 'File' } as const;

/** The site panel. */
export function SitePanel({ notify }: { notify: Notify }) {
  const stores = useStores();
  const site = useStore(stores.site, (s) => s);
  const openId = useDocument((s) => s.id);
  const [creating, setCreating] = useState(false);
  const openLink = openId ? site.links[openId] : undefined;
  const fail = (result: { ok: boolean; error?: { message: string } }) => {
    if (!result.ok && result.error) notify(result.error.message, 'error');
  };

  return (
    <section className="doc-panel site-panel" aria-labelledby="site-title">
      <h2 id="site-title" className="doc-panel__title">
        {site.folder ? `Site: ${site.folder.name}` : 'Site folder'}
      </h2>
      {!site.canWrite && (
        <p className="site-panel__note" role="note">
          This browser cannot write into folders (the File System Access API is only in Chromium-based
          browsers such as Chrome and Edge). You can open your site folder read-only; “Save to site” then
          downloads a zip laid out like your site (<code>content/posts/&lt;slug&gt;/index.md</code>) to unzip
          at its root.
        </p>
      )}
      {!site.folder &&
        (site.canWrite ? (
          site.reconnectable ? (
            <button type="button" onClick={() => void stores.site.getState().reconnect().then(fail)}>
              Reconnect {site.reconnectable}
            </button>
          ) : (
            <button type="button" onClick={() => void stores.site.getState().pick().then(fail)}>
              Open site folder
            </button>
          )
        ) : (
          <label className="import-label">
            <span>Open site folder</span>
            <input
              type="file"
              aria-label="Open site folder"
              {...{ webkitdirectory: '', directory: '' }}
              onChange={(e) => {
                const { name, files } = folderInputFiles(e.target.files);
                e.target.value = '';
                const list = files.map((f) => ({ path: f.path, blob: f.file }));
                if (list.length) void stores.site.getState().useFolderFiles(name, list).then(fail);
              }}
            />
          </label>
        ))}
      {site.error && (
        <p role="alert" className="assets-panel__error">
          {site.error}
        </p>
      )}
      {site.folder && (
        <>
          {openLink && <p className="site-panel__linked">Open draft is linked to {openLink.path}</p>}
          <ul className="site-posts" aria-label="Site posts">
            {site.posts.map((post) => (
              <SitePostItem
                key={post.path}
                post={post}
                contentDir={site.folder?.contentDir ?? 'content'}
                current={openLink?.path === post.path}
                onOpen={() => void stores.site.getState().openPost(post.path).then(fail)}
              />
            ))}
          </ul>
          <div className="site-panel__actions">
            <button type="button" onClick={() => setCreating(true)}>
              New post in site
            </button>
            <button type="button" onClick={() => void stores.site.getState().closeFolder()}>
              Close site folder
            </button>
          </div>
        </>
      )}
      {creating && (
        <PlacementDialog
          title="New post in site"
          submitLabel="Create post"
          initial={{ section: 'posts', name: '', bundle: true }}
          sections={site.sections}
          contentDir={site.folder?.contentDir ?? 'content'}
          onClose={() => setCreating(false)}
          onSubmit={(placement) => {
            setCreating(false);
            void stores.site.getState().newPost(placement).then(fail);
          }}
        />
      )}
    </section>
  );
}

function SitePostItem(props: { post: SitePost; contentDir: string; current: boolean; onOpen(): void }) {
  const { post, contentDir, current, onOpen } = props;
  const rel = post.path.startsWith(`${contentDir}/`) ? post.path.slice(contentDir.length + 1) : post.path;
  return (
    <li className={current ? 'site-post site-post--current' : 'site-post'}>
      <button
        type="button"
        aria-label={`Open ${rel}`}
        aria-current={current ? 'true' : undefined}
        onClick={onOpen}
      >
        <span className="site-post__path">{rel}</span>
        <span className="badge">{KIND_WORDS[post.kind]}</span>
      </button>
    </li>
  );
}
