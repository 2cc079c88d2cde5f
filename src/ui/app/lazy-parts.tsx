/**
 * The parts of the app the first paint does not need, each in its own chunk: the workspace (CodeMirror, the
 * front matter form, the preview), the sidebar panels and the workbench. `preloadParts()` starts fetching them
 * all at start-up, alongside opening storage, so the app shell paints from a small first download and the
 * editor follows as soon as its code is in.
 *
 * Not `React.lazy` + `<Suspense>`: React holds back content that ends a suspense fallback for up to ~300 ms
 * (so fallbacks do not flash), which put the editor on screen 400 ms later than when everything was in one
 * chunk. A part here renders its `fallback` until its code is in and the component at once after; when the
 * code came before the part first renders (the usual case, since loading starts with storage), it never waits.
 */
import { useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { prewarmPreviewWorker } from '../preview/preview-client';

type Loaded<P> = { ok: true; component: ComponentType<P> } | { ok: false; error: string };

/** A component loaded on demand; `fallback` shows until it is there. */
function part<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: Loaded<P> | null = null;
  let pending: Promise<Loaded<P>> | null = null;
  const get = (): Promise<Loaded<P>> =>
    (pending ??= load().then(
      (component): Loaded<P> => (loaded = { ok: true, component }),
      (error: unknown): Loaded<P> => {
        // A failed load may succeed later (back online): the next mount tries again.
        pending = null;
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      },
    ));
  function Part(props: P & { fallback?: ReactNode }) {
    const [state, setState] = useState<Loaded<P> | null>(() => loaded);
    useEffect(() => {
      if (state) return;
      let live = true;
      void get().then((result) => {
        if (live) setState(result);
      });
      return () => {
        live = false;
      };
    }, [state]);
    const { fallback = null, ...rest } = props;
    if (!state) return <>{fallback}</>;
    if (!state.ok) {
      return (
        <div className="empty-state" role="alert">
          This part of Postwright could not load ({state.error}). Reload the page to try again; your drafts
          are safe.
        </div>
      );
    }
    const Component = state.component;
    return <Component {...(rest as P)} />;
  }
  return { Part, preload: () => void get() };
}

const workspace = part(() => import('./workspace').then((m) => m.Workspace));
const documentPanels = part(() => import('../workbench/document-panels').then((m) => m.DocumentPanels));
const assetsPanel = part(() => import('../assets/assets-panel').then((m) => m.AssetsPanel));
const sitePanel = part(() => import('../site/site-panel').then((m) => m.SitePanel));
const workbench = part(() => import('../workbench/workbench').then((m) => m.Workbench));

/** The open draft's form, editor and preview. */
export const Workspace = workspace.Part;
/** Outline and problems. */
export const DocumentPanels = documentPanels.Part;
/** The draft's images. */
export const AssetsPanel = assetsPanel.Part;
/** The site folder. */
export const SitePanel = sitePanel.Part;
/** Commands, dialogs, themes. */
export const Workbench = workbench.Part;

/** Start loading every part, and the preview's render worker, now (call once at start-up). Never rejects. */
export function preloadParts(): void {
  prewarmPreviewWorker();
  for (const p of [workspace, workbench, documentPanels, assetsPanel, sitePanel]) p.preload();
}
