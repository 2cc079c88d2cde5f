/**
 * The top bar: create, import, export, and the view switches.
 */
import { useStores, useDocument, useSettings } from './stores-context';
import { readFrontMatterCached as readFrontMatter } from '../../core/front-matter/read-front-matter';
import { exportFileName } from '../../core/bundle/slug';
import { encodePost } from '../../core/import/read-text-file';
import { downloadFile } from '../common/download';

export interface ToolbarProps {
  onImport(files: File[]): void;
}

/** The app's toolbar. */
export function Toolbar({ onImport }: ToolbarProps) {
  const stores = useStores();
  const hasDraft = useDocument((s) => s.id !== null);
  const previewHidden = useSettings((s) => s.previewHidden);
  const unsafeHtml = useSettings((s) => s.unsafeHtml);

  const exportMarkdown = () => {
    const { text } = stores.document.getState();
    const read = readFrontMatter(text);
    const title = read.ok && typeof read.data.title === 'string' ? read.data.title : '';
    downloadFile(exportFileName(title), encodePost(text));
  };

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
          accept=".md,.markdown,.txt,text/markdown,text/plain"
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
      <span className="toolbar__spacer" />
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
