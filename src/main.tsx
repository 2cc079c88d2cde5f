/**
 * Composition root: open storage, build the stores over it, mount the app. The only file that sees every layer.
 * If IndexedDB cannot be opened (private mode, blocked, disabled), the app still works with drafts kept in this
 * tab's memory, and says so.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openIdbDraftStore } from './storage/idb-drafts';
import { createMemoryDraftStore } from './storage/memory-drafts';
import { browserLocalStorage, createLocalJournal } from './storage/local-journal';
import { openBundleStorage } from './storage/open-bundle-storage';
import { createBrowserTabLink } from './storage/browser-tabs';
import { createStorageManagerApi } from './storage/storage-estimate';
import type { DraftStore } from './storage/drafts';
import { createStores } from './state/create-stores';
import { StoresProvider } from './ui/app/stores-context';
import { App } from './ui/app/app';
import { preloadParts } from './ui/app/lazy-parts';
import { AssetUrlProvider } from './ui/assets/asset-urls';
import './ui/styles/app.css';

async function start(): Promise<void> {
  preloadParts();
  const opened = await openIdbDraftStore();
  let drafts: DraftStore;
  let storageWarning: string | undefined;
  if (opened.ok) {
    drafts = opened.value;
  } else {
    drafts = createMemoryDraftStore();
    storageWarning = `${opened.error.message} Drafts are kept only while this tab is open: export your work.`;
  }
  const bundleStorage = await openBundleStorage();
  const stores = createStores({
    drafts,
    journal: createLocalJournal(browserLocalStorage()),
    tabs: createBrowserTabLink(),
    storageApi: createStorageManagerApi(),
    ...bundleStorage,
  });
  const root = createRoot(document.getElementById('root')!);
  root.render(
    <StrictMode>
      <StoresProvider value={stores}>
        <AssetUrlProvider>
          <App storageWarning={storageWarning} />
        </AssetUrlProvider>
      </StoresProvider>
    </StrictMode>,
  );
  await stores.init();
}

void start();
