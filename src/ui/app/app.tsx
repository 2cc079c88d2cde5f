/**
 * The app's frame: toolbar, library sidebar, front matter form, the editor/preview split and the status bar.
 * Components here only read stores and call their verbs; the work happens in `state` and `core`.
 */
import { useCallback } from 'react';
import { useStores, useDocument, useLibrary } from './stores-context';
import { Toolbar } from './toolbar';
import { SafetyLayer } from '../safety/safety-layer';
import { StatusBar } from '../common/status-bar';
import { Toasts, useToasts } from '../common/toasts';
import { DraftList } from '../library/draft-list';
import { useFileDrop } from './use-file-drop';
import { usePageLifecycle } from './use-page-lifecycle';
import { useImportFiles } from './use-import-files';
import { UNDO_WINDOW_MS } from '../../state/library-store';
import { AssetsPanel, DocumentPanels, SitePanel, Workbench, Workspace } from './lazy-parts';
import type { EntryLike } from '../assets/dropped-folders';

/** The whole app. */
export function App({ storageWarning }: { storageWarning?: string }) {
  const stores = useStores();
  const { toasts, show, dismiss } = useToasts();
  const drafts = useLibrary((s) => s.filtered());
  const filter = useLibrary((s) => s.filter);
  const listed = useLibrary((s) => s.loaded);
  const activeId = useDocument((s) => s.id);
  const ready = useDocument((s) => s.ready);

  const importFiles = useImportFiles(show);
  const notify = useCallback(
    (message: string, tone: 'info' | 'error') => show({ message, tone }, tone === 'error' ? 10_000 : 6000),
    [show],
  );
  const importFolders = useCallback(
    (folders: EntryLike[]) => {
      // Loaded on first drop: the importer brings zip and editor code the first paint does not need.
      void import('../assets/import-bundles').then((m) => m.importDroppedFolders(stores, folders, notify));
    },
    [stores, notify],
  );
  const dragging = useFileDrop(importFiles, importFolders);
  const flush = useCallback(() => stores.document.getState().flush(), [stores]);
  const saveNow = useCallback(() => void stores.document.getState().saveNow(), [stores]);
  usePageLifecycle(flush, saveNow);

  const onDelete = useCallback(
    async (id: string) => {
      const library = stores.library.getState();
      const title = library.drafts.find((d) => d.id === id)?.meta.title || 'Untitled';
      const result = await library.deleteDraft(id);
      if (!result.ok) {
        show({ message: `“${title}” was not deleted: ${result.error.message}`, tone: 'error' }, 10_000);
        return;
      }
      show(
        {
          message: `Deleted “${title}”.`,
          tone: 'info',
          action: { label: 'Undo', run: () => void stores.library.getState().undoDelete() },
        },
        UNDO_WINDOW_MS - 500,
      );
    },
    [stores, show],
  );

  return (
    <div className="app">
      <Toolbar onImport={importFiles} notify={notify} />
      <SafetyLayer notify={show} />
      {storageWarning && (
        <p role="alert" className="storage-warning">
          {storageWarning}
        </p>
      )}
      <div className="app__body">
        <aside className="sidebar" aria-label="Library">
          <DraftList
            drafts={drafts}
            complete={listed}
            activeId={activeId}
            filter={filter}
            onFilter={(text) => stores.library.getState().setFilter(text)}
            onOpen={(id) => void stores.document.getState().open(id)}
            onDuplicate={(id) => void stores.library.getState().duplicateDraft(id)}
            onDelete={(id) => void onDelete(id)}
          />
          {ready && activeId && <DocumentPanels />}
          {ready && activeId && <AssetsPanel notify={notify} />}
          <SitePanel notify={notify} />
        </aside>
        <main className="workspace" aria-label="Editor">
          {ready && activeId ? (
            <Workspace key={activeId} fallback={<div className="empty-state">Opening your drafts…</div>} />
          ) : (
            <div className="empty-state">
              {ready ? 'Create a new post or import one to begin.' : 'Opening your drafts…'}
            </div>
          )}
        </main>
      </div>
      <StatusBar />
      <Toasts toasts={toasts} onDismiss={dismiss} />
      <Workbench notify={(message, tone) => show({ message, tone })} importFiles={importFiles} />
      {dragging && <div className="drop-overlay">Drop Markdown files to import them</div>}
    </div>
  );
}
