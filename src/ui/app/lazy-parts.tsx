/**
 * The parts of the app the first paint does not need, each in its own chunk: the workspace (CodeMirror, the
 * front matter form, the preview), the sidebar panels and the workbench. `preloadParts()` starts fetching them
 * all at start-up, alongside opening storage, so the app shell paints from a small first download and the
 * editor follows as soon as its code is in. Each is a drop-in for the component of the same name (wrap in
 * `<Suspense>`).
 */
import { lazy } from 'react';
import { prewarmPreviewWorker } from '../preview/preview-client';

const loadWorkspace = () => import('./workspace');
const loadDocumentPanels = () => import('../workbench/document-panels');
const loadAssetsPanel = () => import('../assets/assets-panel');
const loadSitePanel = () => import('../site/site-panel');
const loadWorkbench = () => import('../workbench/workbench');

/** The open draft's form, editor and preview. */
export const Workspace = lazy(() => loadWorkspace().then((m) => ({ default: m.Workspace })));
/** Outline and problems. */
export const DocumentPanels = lazy(() => loadDocumentPanels().then((m) => ({ default: m.DocumentPanels })));
/** The draft's images. */
export const AssetsPanel = lazy(() => loadAssetsPanel().then((m) => ({ default: m.AssetsPanel })));
/** The site folder. */
export const SitePanel = lazy(() => loadSitePanel().then((m) => ({ default: m.SitePanel })));
/** Commands, dialogs, themes. */
export const Workbench = lazy(() => loadWorkbench().then((m) => ({ default: m.Workbench })));

/** Start loading every part, and the preview's render worker, now (call once at start-up). Never rejects. */
export function preloadParts(): void {
  prewarmPreviewWorker();
  for (const load of [loadWorkspace, loadWorkbench, loadDocumentPanels, loadAssetsPanel, loadSitePanel]) {
    load().catch(() => undefined);
  }
}
