/**
 * The workbench: it gives commands their context (stores, editor, dialogs), listens for global shortcuts,
 * applies the theme and the custom preview stylesheet, and shows the palette, the keyboard help, the appearance
 * and site settings dialogs and the draft-export question. Mounted once, inside the app's frame; commands reach it through
 * `command-runtime`, so it wraps nothing.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStores } from '../app/stores-context';
import type { CommandContext, WorkbenchActions } from '../editor/commands';
import { provideCommandContext, runCommand } from '../editor/command-runtime';
import { dispatchChanges, getEditorView } from '../editor/editor-handle';
import { setField } from '../../core/front-matter/edit-front-matter';
import { applyChanges } from '../../core/front-matter/apply-changes';
import { readFrontMatterCached as readFrontMatter } from '../../core/front-matter/read-front-matter';
import { isDraft } from '../../core/checks/draft';
import { downloadFile } from '../common/download';
import { bundlePath } from '../../core/bundle/asset-paths';
import { AppearanceDialog } from './appearance-dialog';
import { CommandPalette } from './command-palette';
import { ExportConfirm, type ExportAnswer } from './export-confirm';
import type { buildExport as BuildExport } from './export-html';
import { ShortcutsHelp } from './shortcuts-help';
import { SiteSettingsDialog } from './site-settings-dialog';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { useApplyPreviewCss, useScopedPreviewCss } from './use-preview-css';
import { useApplyTheme } from './use-theme';
import { UpdateBanner } from './update-banner';
import { renderOptionsOf } from '../../state/settings-store';
import './workbench.css';

/**
 * Export HTML's code (the whole render pipeline, ~400 KB) loads when first used: the workbench loads at start,
 * and evaluating that code there held back the editor.
 */
const buildExport: typeof BuildExport = async (...args) =>
  (await import('./export-html')).buildExport(...args);

export interface WorkbenchProps {
  /** Show a short message (the app's toasts). */
  notify(message: string, tone: 'info' | 'error'): void;
  /** Import chosen files (the app's import flow). */
  importFiles(files: File[]): void;
}

type Dialog = 'palette' | 'help' | 'appearance' | 'site-settings' | null;

/** The workbench: renders nothing but its dialogs (and a hidden file input) when they are open. */
export function Workbench({ notify, importFiles }: WorkbenchProps) {
  const stores = useStores();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [question, setQuestion] = useState<((answer: ExportAnswer) => void) | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const scopedCss = useScopedPreviewCss();
  const cssRef = useRef(scopedCss);
  cssRef.current = scopedCss;
  const notifyRef = useRef(notify);
  notifyRef.current = notify;
  useApplyTheme();
  useApplyPreviewCss();
  useGlobalShortcuts();

  const exportInput = useCallback(
    () => ({
      text: stores.document.getState().text,
      options: renderOptionsOf(stores.settings.getState()),
      scopedCss: cssRef.current,
      preview: document.querySelector<HTMLElement>('.preview'),
      assetBlob: (src: string) => {
        const path = bundlePath(src);
        return path ? (stores.assets.getState().assets.find((a) => a.path === path)?.blob ?? null) : null;
      },
    }),
    [stores],
  );

  const actions = useMemo<WorkbenchActions>(() => {
    const copy = async (write: () => Promise<void>, what: string) => {
      try {
        await write();
        notifyRef.current(`Copied the post as ${what}.`, 'info');
      } catch (e) {
        notifyRef.current(`Could not copy: ${e instanceof Error ? e.message : String(e)}`, 'error');
      }
    };
    const ui: WorkbenchActions = {
      openPalette: () => setDialog('palette'),
      openHelp: () => setDialog('help'),
      openAppearance: () => setDialog('appearance'),
      openSiteSettings: () => setDialog('site-settings'),
      chooseFiles: () => fileInput.current?.click(),
      notify: (message, tone = 'info') => notifyRef.current(message, tone),
      confirmExport: async () => {
        const read = readFrontMatter(stores.document.getState().text);
        if (!read.ok || !isDraft(Object.entries(read.data).find(([k]) => k.toLowerCase() === 'draft')?.[1])) {
          return true;
        }
        const answer = await new Promise<ExportAnswer>((resolve) => setQuestion(() => resolve));
        setQuestion(null);
        if (answer === 'publish') {
          const doc = stores.document.getState();
          const edit = setField(doc.text, 'draft', { kind: 'boolean', value: false });
          if (edit.ok && !dispatchChanges(edit.changes))
            doc.setText(applyChanges(doc.text, edit.changes), doc.caret);
        }
        return answer !== 'cancel';
      },
      exportHtml: async () => {
        if (!(await ui.confirmExport())) return;
        const built = await buildExport(exportInput());
        downloadFile(built.fileName, built.document, 'text/html;charset=utf-8');
      },
      copyHtml: () =>
        copy(async () => {
          const built = await buildExport(exportInput());
          await navigator.clipboard.write([
            new ClipboardItem({
              'text/html': new Blob([built.fragment], { type: 'text/html' }),
              'text/plain': new Blob([built.plain], { type: 'text/plain' }),
            }),
          ]);
        }, 'HTML'),
      copyMarkdown: () =>
        copy(() => navigator.clipboard.writeText(stores.document.getState().text), 'Markdown'),
      focusPanel: (panel) => document.getElementById(`${panel}-panel`)?.focus(),
    };
    return ui;
  }, [stores, exportInput]);

  useEffect(
    () => provideCommandContext((): CommandContext => ({ stores, view: getEditorView(), ui: actions })),
    [stores, actions],
  );

  const close = useCallback(() => setDialog(null), []);
  const runFromPalette = useCallback((id: string) => {
    setDialog(null);
    // After the palette is gone and focus is back where it was (the editor, usually).
    setTimeout(() => runCommand(id), 0);
  }, []);

  return (
    <>
      {dialog === 'palette' && <CommandPalette onClose={close} onRun={runFromPalette} />}
      {dialog === 'help' && <ShortcutsHelp onClose={close} />}
      {dialog === 'appearance' && <AppearanceDialog onClose={close} />}
      {dialog === 'site-settings' && <SiteSettingsDialog onClose={close} />}
      {question && <ExportConfirm onAnswer={question} />}
      <UpdateBanner />
      <input
        ref={fileInput}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        aria-hidden="true"
        accept=".md,.markdown,.txt,text/markdown,text/plain"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length) importFiles(files);
        }}
      />
    </>
  );
}
