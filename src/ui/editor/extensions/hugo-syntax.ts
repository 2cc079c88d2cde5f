/**
 * Marks Hugo's own syntax in the source so it stands out from Markdown: shortcode calls (`{{< name args >}}`,
 * `{{% name %}}`, their closing tags and `/* comments *\/`) and the summary divider `<!--more-->`. Only the visible
 * lines are scanned (MatchDecorator), so long posts cost nothing extra.
 */
import {
  Decoration,
  EditorView,
  MatchDecorator,
  ViewPlugin,
  type DecorationSet,
  type ViewUpdate,
} from '@codemirror/view';

const shortcode = Decoration.mark({ class: 'cm-hugo-shortcode', attributes: { title: 'Hugo shortcode' } });
const divider = Decoration.mark({ class: 'cm-hugo-more', attributes: { title: 'Summary divider' } });

const matcher = new MatchDecorator({
  // A shortcode call on one line, or the summary divider.
  regexp: /\{\{[<%][\s\S]*?[%>]\}\}|<!--\s*more\s*-->/g,
  decoration: (match) => (match[0].startsWith('<!--') ? divider : shortcode),
});

const plugin = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = matcher.createDeco(view);
    }
    update(update: ViewUpdate) {
      this.decorations = matcher.updateDeco(update, this.decorations);
    }
  },
  { decorations: (v) => v.decorations },
);

// Colours from the app's theme variables (workbench.css): the editor keeps CodeMirror's light base theme in both
// app themes, so its own `&dark` rules would never apply.
const theme = EditorView.baseTheme({
  '.cm-hugo-shortcode': {
    color: 'var(--hl-shortcode)',
    backgroundColor: 'var(--hl-shortcode-bg)',
    borderRadius: '3px',
  },
  '.cm-hugo-more': {
    color: 'var(--hl-more)',
    fontWeight: '600',
    borderBottom: '2px dashed currentColor',
  },
});

/** Highlighting for Hugo shortcodes and the summary divider. */
export const hugoSyntax = [plugin, theme];
