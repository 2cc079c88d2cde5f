/**
 * The Markdown source editor: CodeMirror 6 through @uiw/react-codemirror, uncontrolled. It mounts once per open
 * draft with that draft's text and caret; every change flows out through `onChange`, and edits from elsewhere
 * (form, toolbar) come in as transactions via `editor-handle`, so one undo history covers them all.
 */
import { useEffect, useMemo, useRef } from 'react';
import CodeMirror, { EditorView, ExternalChange, type ViewUpdate } from '@uiw/react-codemirror';
import { languages } from '@codemirror/language-data';
import { EditorSelection, Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { frontMatterFold } from './extensions/front-matter-fold';
import { frontMatterSyntax } from './extensions/front-matter-syntax';
import { markdownSupport } from './extensions/markdown-support';
import { hugoSyntax } from './extensions/hugo-syntax';
import { getEditorView, setEditorView } from './editor-handle';
import { commandKeymap } from './extensions/command-keymap';
import { editorTheme } from './extensions/editor-theme';
import { caretBlink } from './extensions/caret-blink';
import { DocText } from './doc-text';

export interface SourceEditorProps {
  /** The text the editor starts with (read once per mount: remount with a `key` to open another draft). */
  initialText: string;
  initialCaret: number;
  onChange(text: string, caret: number): void;
  onCaret(caret: number): void;
  onSave(): void;
}

/** CodeMirror with Markdown highlighting, front matter folding, line wrapping and Ctrl/Cmd+S. */
export function SourceEditor({ initialText, initialCaret, onChange, onCaret, onSave }: SourceEditorProps) {
  // Read the initial props once: later text changes come from the editor itself.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const startText = useMemo(() => initialText, []);
  // The text after each change, spliced from the one before (see doc-text); not react-codemirror's onChange,
  // which joins the whole document into a new string on every keystroke.
  const docText = useMemo(() => new DocText(startText), [startText]);
  const viewRef = useRef<EditorView | null>(null);
  useEffect(
    () => () => {
      if (getEditorView() === viewRef.current) setEditorView(null);
    },
    [],
  );
  const extensions = useMemo(
    () => [
      // No completion (basicSetup below): its only source here was HTML tag names, and asking for completions on
      // every keystroke made CodeMirror finish parsing the whole post in the keystroke's own task (up to 20 ms at
      // 800 KB) instead of in idle time.
      markdownSupport(languages, [frontMatterSyntax]),
      EditorView.lineWrapping,
      caretBlink(),
      EditorView.contentAttributes.of({ 'aria-label': 'Post source' }),
      frontMatterFold,
      hugoSyntax,
      commandKeymap,
      editorTheme,
      Prec.highest(
        keymap.of([
          {
            key: 'Mod-s',
            preventDefault: true,
            run: () => {
              onSave();
              return true;
            },
          },
        ]),
      ),
      EditorView.updateListener.of((update: ViewUpdate) => {
        const caret = update.state.selection.main.head;
        if (!update.docChanged) {
          if (update.selectionSet) onCaret(caret);
        } else if (update.transactions.some((tr) => tr.annotation(ExternalChange))) {
          // react-codemirror setting the document to `value` at mount (a text with \r\n line breaks, which
          // the document holds as \n): not an edit, and the draft keeps its own line breaks until one.
          docText.reset();
        } else {
          onChange(docText.next(update.startState.doc, update.changes, update.state.doc), caret);
        }
      }),
    ],
    [onSave, onCaret, onChange, docText],
  );
  return (
    <CodeMirror
      className="source-editor"
      value={startText}
      height="100%"
      // The light base theme always: editorTheme repaints it from the app's CSS variables for either theme.
      theme="light"
      extensions={extensions}
      basicSetup={{
        foldGutter: true,
        highlightActiveLine: true,
        searchKeymap: true,
        autocompletion: false,
        drawSelection: false, // caretBlink() above draws it, blinking by a timer
      }}
      onCreateEditor={(view) => {
        viewRef.current = view;
        setEditorView(view);
        const caret = Math.min(Math.max(0, initialCaret), view.state.doc.length);
        view.dispatch({
          selection: EditorSelection.cursor(caret),
          effects: EditorView.scrollIntoView(caret, { y: 'center' }),
        });
        view.focus();
      }}
    />
  );
}
