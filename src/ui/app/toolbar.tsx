/**
 * The top bar: create, import, export, and the view switches.
 */
import { useStores, useDocument, useSettings } from './stores-context';
import { runCommand } from '../editor/command-runtime';
import { ExportItems, ViewItems } from '../workbench/toolbar-items';
import { BundleItems } from '../assets/bundle-items';
import { SaveToSite } from '../site/save-to-site';
import { SafetyButtons } from '../safety/safety-buttons';

export interface ToolbarProps {
  onImport(files: File[]): void;
  /** Tell the person what happened (bundle export, save to site). */
  notify?(message: string, tone: 'info' | 'error'): void;
}

/** The app's toolbar. */
export function Toolbar({ onImport, notify = () => undefined }: ToolbarProps) {
  const stores = useStores();
  const hasDraft = useDocument((s) => s.id !== null);
  const previewHidden = useSettings((s) => s.previewHidden);
  const unsafeHtml = useSettings((s) => s.unsafeHtml);

  // The export (and its question about drafts) is the `export-markdown` command in editor/commands.ts.
  const exportMarkdown = () => runCommand('export-markdown');

  const openSample = async () => {
    const { SAMPLE_POST } = await import('../../core/post/sample-post');
    await stores.library.getState().importFiles([{ name: 'sample-post.md', text: SAMPLE_POST }]);
  };

  return (
    <header className="toolbar">
      <span className="toolbar__brand">Postwright</span>
      <button
        type="button"
        className="btn--primary"
        onClick={() => void stores.library.getState().createDraft()}
      >
        New post
      </button>
      <button type="button" onClick={() => void openSample()}>
        Open sample post
      </button>
      <label className="import-label">
        <span>Import</span>
        <input
          type="file"
          multiple
          accept=".md,.markdown,.txt,.zip,text/markdown,text/plain,application/zip"
          aria-label="Import"
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            if (files.length) onImport(files);
          }}
        />
      </label>
      <button type="button" disabled={!hasDraft} onClick={exportMarkdown}>
        Export .md
      </button>
      <BundleItems notify={notify} />
      <SaveToSite notify={notify} />
      <ExportItems />
      <SafetyButtons />
      <span className="toolbar__spacer" />
      <ViewItems />
      <label className="toggle">
        <input
          type="checkbox"
          checked={unsafeHtml}
          onChange={(e) => stores.settings.getState().setUnsafeHtml(e.target.checked)}
        />
        Render raw HTML
      </label>
      <button
        type="button"
        aria-pressed={previewHidden}
        onClick={() => stores.settings.getState().setPreviewHidden(!previewHidden)}
      >
        {previewHidden ? 'Show preview' : 'Hide preview'}
      </button>
    </header>
  );
}
