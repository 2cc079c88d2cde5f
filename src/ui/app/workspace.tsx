/**
 * The open draft: the front matter form above, the source editor and the preview side by side (or as tabs on a
 * narrow screen). Mounted once per open draft (keyed by id), so the editor starts from that draft's text and caret.
 */
import { useCallback, useMemo } from 'react';
import { useStores, useDocument, useLibrary, useSettings } from './stores-context';
import { SplitPane } from '../common/split-pane';
import { ErrorBoundary } from '../common/error-boundary';
import { SourceEditor } from '../editor/source-editor';
import { dispatchChanges } from '../editor/editor-handle';
import { useExternalText } from '../editor/use-external-text';
import { Preview } from '../preview/preview';
import { FrontMatterForm } from '../front-matter-form/front-matter-form';
import { applyChanges } from '../../core/front-matter/apply-changes';
import type { TextChange } from '../../core/front-matter/types';
import { useNarrow } from './use-narrow';
import { frontMatterText } from './front-matter-text';
import { FormatToolbar } from '../workbench/format-toolbar';
import { useScrollSync } from '../workbench/use-scroll-sync';
import { renderOptionsFromKey, renderOptionsKey } from '../../state/settings-store';

/** Form + editor + preview for the open draft. */
export function Workspace() {
  const stores = useStores();
  // Only the front matter block: the workspace renders again when it changes, not on every keystroke.
  const frontText = useDocument((s) => frontMatterText(s.text));
  const tagSuggestions = useLibrary((s) => s.tagSuggestions);
  const categorySuggestions = useLibrary((s) => s.categorySuggestions);
  const ratio = useSettings((s) => s.splitRatio);
  const previewHidden = useSettings((s) => s.previewHidden);
  // The site's Markdown settings, as one string: the preview renders again only when one of them changes.
  const markdownKey = useSettings(renderOptionsKey);
  const renderOptions = useMemo(() => renderOptionsFromKey(markdownKey), [markdownKey]);
  const mobilePane = useSettings((s) => s.mobilePane);
  const narrow = useNarrow();
  const scrollSync = useSettings((s) => s.scrollSync);
  useScrollSync(scrollSync && !narrow, !previewHidden);
  // Text from another tab or a restored revision goes into the editor.
  useExternalText();

  // Read once at mount: the editor is uncontrolled from then on.
  const [initialText, initialCaret] = [stores.document.getState().text, stores.document.getState().caret];
  const onChange = useCallback(
    (t: string, caret: number) => stores.document.getState().setText(t, caret),
    [stores],
  );
  const onCaret = useCallback((caret: number) => stores.document.getState().setCaret(caret), [stores]);
  const onSave = useCallback(() => void stores.document.getState().saveNow(), [stores]);
  const onFormChanges = useCallback(
    (changes: TextChange[]) => {
      if (!dispatchChanges(changes)) {
        const doc = stores.document.getState();
        doc.setText(applyChanges(doc.text, changes), doc.caret);
      }
    },
    [stores],
  );

  const editor = (
    <>
      <FormatToolbar />
      <SourceEditor
        initialText={initialText}
        initialCaret={initialCaret}
        onChange={onChange}
        onCaret={onCaret}
        onSave={onSave}
      />
    </>
  );
  const preview = <Preview options={renderOptions} />;

  return (
    <>
      <details className="fm-panel" open>
        <summary>Front matter</summary>
        <ErrorBoundary label="The front matter form" resetKey={frontText}>
          <FrontMatterForm
            text={frontText}
            suggestions={{ tags: tagSuggestions, categories: categorySuggestions }}
            onChanges={onFormChanges}
          />
        </ErrorBoundary>
      </details>
      {narrow ? (
        <>
          <div className="pane-tabs" role="tablist" aria-label="Pane">
            {(['editor', 'preview'] as const).map((pane) => (
              <button
                key={pane}
                type="button"
                role="tab"
                id={`tab-${pane}`}
                aria-selected={mobilePane === pane}
                aria-controls={`panel-${pane}`}
                onClick={() => stores.settings.getState().setMobilePane(pane)}
              >
                {pane === 'editor' ? 'Source' : 'Preview'}
              </button>
            ))}
          </div>
          <div
            className="stacked-pane"
            role="tabpanel"
            id="panel-editor"
            aria-labelledby="tab-editor"
            hidden={mobilePane !== 'editor'}
          >
            {editor}
          </div>
          <div
            className="stacked-pane"
            role="tabpanel"
            id="panel-preview"
            aria-labelledby="tab-preview"
            hidden={mobilePane !== 'preview'}
          >
            {preview}
          </div>
        </>
      ) : (
        <SplitPane
          ratio={ratio}
          onRatioChange={(r) => stores.settings.getState().setSplitRatio(r)}
          rightHidden={previewHidden}
          left={editor}
          right={preview}
        />
      )}
    </>
  );
}
