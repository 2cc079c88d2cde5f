/**
 * The editor's colours for both themes, from the app's CSS variables (set per theme on `:root`), and a syntax
 * highlighter whose colours all keep WCAG AA contrast on the editor's background in light and in dark
 * (CodeMirror's stock dark theme greys meta and links to 3.9:1). The source editor keeps its light base
 * theme; this one, at the highest precedence, repaints it, so switching theme is only a CSS change.
 */
import { Prec } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';

const v = (name: string) => `var(--hl-${name})`;

const theme = EditorView.theme({
  '&': { backgroundColor: 'var(--panel)', color: 'var(--text)' },
  '.cm-content': { caretColor: 'var(--text)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection':
    { backgroundColor: 'var(--hl-selection)' },
  '.cm-gutters': {
    backgroundColor: 'var(--bg)',
    color: 'var(--muted)',
    borderRight: '1px solid var(--border)',
  },
  '.cm-activeLine': { backgroundColor: 'var(--hl-active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--hl-active-line)', color: 'var(--text)' },
  '.cm-panels': { backgroundColor: 'var(--bg)', color: 'var(--text)' },
  '.cm-searchMatch': { backgroundColor: 'var(--hl-search)' },
  '.cm-foldPlaceholder': {
    backgroundColor: 'var(--bg)',
    color: 'var(--muted)',
    border: '1px solid var(--border)',
  },
});

const highlight = HighlightStyle.define([
  { tag: t.heading, color: v('heading'), fontWeight: 'bold' },
  { tag: t.strong, fontWeight: 'bold' },
  { tag: t.emphasis, fontStyle: 'italic' },
  { tag: t.strikethrough, textDecoration: 'line-through' },
  { tag: [t.link, t.url], color: v('link') },
  { tag: t.monospace, color: v('code') },
  { tag: t.quote, color: v('quote') },
  { tag: [t.meta, t.comment, t.processingInstruction, t.contentSeparator], color: 'var(--muted)' },
  { tag: [t.keyword, t.operatorKeyword, t.modifier], color: v('keyword') },
  { tag: [t.string, t.special(t.string), t.regexp], color: v('string') },
  { tag: [t.number, t.bool, t.atom, t.null], color: v('number') },
  { tag: [t.typeName, t.className, t.namespace], color: v('type') },
  { tag: [t.propertyName, t.attributeName, t.labelName], color: v('heading') },
  { tag: [t.function(t.variableName), t.function(t.propertyName)], color: v('link') },
  { tag: t.invalid, color: 'var(--error)' },
]);

/** The extension. */
export const editorTheme = Prec.highest([theme, syntaxHighlighting(highlight)]);
