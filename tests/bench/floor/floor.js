/**
 * The bench's floor page (see floor-run.js): CodeMirror and nothing of Postwright, so a run shows what the fixed
 * editor itself costs on the machine. Its "preview" is one paragraph set to the caret's line after each change.
 * `?markdown` adds the Markdown language and its highlighting (what any Markdown editor built on it has).
 * A text left in localStorage (`floor-text`, `floor-caret`) opens at once, for timing a load.
 */
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

const line = document.getElementById('line');

async function extensions() {
  const mirror = EditorView.updateListener.of((update) => {
    if (!update.docChanged) return;
    line.textContent = update.state.doc.lineAt(update.state.selection.main.head).text;
  });
  if (!new URLSearchParams(location.search).has('markdown')) return [mirror];
  const [{ markdown }, { syntaxHighlighting, defaultHighlightStyle }] = await Promise.all([
    import('@codemirror/lang-markdown'),
    import('@codemirror/language'),
  ]);
  return [mirror, markdown(), syntaxHighlighting(defaultHighlightStyle)];
}

let view = null;

/** Show `text` in a new editor with the caret at `caret` (focused, scrolled to it). */
async function open(text, caret) {
  const ext = await extensions();
  view?.destroy();
  view = new EditorView({
    parent: document.getElementById('editor'),
    state: EditorState.create({ doc: text, selection: { anchor: caret }, extensions: ext }),
  });
  view.dispatch({ effects: EditorView.scrollIntoView(caret, { y: 'center' }) });
  view.focus();
}

window.__floor = { open };
const saved = localStorage.getItem('floor-text');
if (saved !== null) void open(saved, Number(localStorage.getItem('floor-caret') ?? 0));
