/**
 * Teaches CodeMirror's Markdown parser that a post starts with front matter: a `---` (YAML) or `+++` (TOML) block
 * on the first line is one `FrontMatter` node, not a paragraph plus a setext heading (which is what plain Markdown
 * makes of `title: x` followed by `---`). Styled as meta so the block reads as data, not as prose.
 */
import type { MarkdownConfig } from '@lezer/markdown';
import { tags } from '@lezer/highlight';

/** The Markdown parser extension for front matter. */
export const frontMatterSyntax: MarkdownConfig = {
  defineNodes: [
    { name: 'FrontMatter', block: true, style: tags.meta },
    { name: 'FrontMatterMark', style: tags.processingInstruction },
  ],
  parseBlock: [
    {
      name: 'FrontMatter',
      before: 'HorizontalRule',
      parse(cx, line) {
        if (cx.lineStart !== 0 && !(cx.lineStart === 1 && cx.prevLineEnd() < 0)) return false;
        const fence = line.text.replace(/^\uFEFF/, '').trimEnd();
        if (fence !== '---' && fence !== '+++') return false;
        const start = cx.lineStart;
        const marks = [cx.elt('FrontMatterMark', start, start + line.text.length)];
        let end = start + line.text.length;
        while (cx.nextLine()) {
          end = cx.lineStart + line.text.length;
          if (line.text.trimEnd() === fence) {
            marks.push(cx.elt('FrontMatterMark', cx.lineStart, end));
            cx.nextLine();
            cx.addElement(cx.elt('FrontMatter', start, end, marks));
            return true;
          }
        }
        // Unclosed: everything to the end is the (broken) block, as the form reports.
        cx.addElement(cx.elt('FrontMatter', start, end, marks));
        return true;
      },
    },
  ],
};
