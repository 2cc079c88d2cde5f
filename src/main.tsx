/**
 * Composition root: open storage, build the stores over it, mount the app. The only file that sees every layer.
 * If IndexedDB cannot be opened (private mode, blocked, disabled), the app still works with drafts kept in this
 * tab's memory, and says so.
 *
 * Start-up order matters (docs/performance.md): the database (one connection for every store), this tab's lock
 * and the parts' code are asked for first, and the stores start reading (the last open draft, the newest
 * drafts) before React renders, so the browser works on them while the shell renders.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openAppStorage } from './storage/open-app-storage';
import { browserLocalStorage, createLocalJournal } from './storage/local-journal';
import { createBrowserTabLink } from './storage/browser-tabs';
import { createStorageManagerApi } from './storage/storage-estimate';
import { createStores } from './state/create-stores';
import { StoresProvider } from './ui/app/stores-context';
import { App } from './ui/app/app';
import { preloadParts } from './ui/app/lazy-parts';
import { AssetUrlProvider } from './ui/assets/asset-urls';
import './ui/styles/app.css';

async function start(): Promise<void> {
  // Each of these waits on the browser (the database, this tab's lock, the parts' code): ask for all of them
  // first, the database before the parts (adding their script links takes the page 15-30 ms).
  const opening = openAppStorage();
  const tabs = createBrowserTabLink();
  preloadParts();
  const { drafts, problem, ...bundleStorage } = await opening;
  const storageWarning = problem
    ? `${problem.message} Drafts are kept only while this tab is open: export your work.`
    : undefined;
  const stores = createStores({
    drafts,
    journal: createLocalJournal(browserLocalStorage()),
    tabs,
    storageApi: createStorageManagerApi(),
    ...bundleStorage,
  });
  const initialized = stores.init();
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
  await initialized;
}

void start();
