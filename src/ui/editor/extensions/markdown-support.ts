/**
 * Markdown for the source editor: what `@codemirror/lang-markdown`'s `markdown()` gives, with HTML inside
 * Markdown coloured only once a post has some. `markdown()` builds an HTML language at import, and with it the
 * JavaScript and CSS parsers (for `<script>` and `<style>`): ~170 KB of minified code and 10-20 ms of the start's
 * main thread (their parse tables decoded, their node types configured), before the editor could show. Posts
 * rarely hold raw HTML, so it loads when the parsed text first shows an HTML block or tag, and the language is
 * then swapped for the same one with HTML nested (CodeMirror parses the post again, in idle time).
 */
import {
  Language,
  LanguageDescription,
  LanguageSupport,
  ParseContext,
  foldService,
  syntaxTree,
} from '@codemirror/language';
import { markdownKeymap, markdownLanguage, pasteURLAsLink } from '@codemirror/lang-markdown';
import { Compartment, Prec, type Extension } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { ViewPlugin, keymap, type ViewUpdate } from '@codemirror/view';
import type { SyntaxNode, NodeType, Parser } from '@lezer/common';
import type { MarkdownParser } from '@lezer/markdown';
import { parseCode, type MarkdownExtension } from '@lezer/markdown';

function headingLevel(type: NodeType): number | undefined {
  const match = /^(?:ATX|Setext)Heading(\d)$/.exec(type.name);
  return match ? Number(match[1]) : undefined;
}

/** A heading folds its section: up to the next heading of its level or above (as `markdown()` folds). */
const sectionFold = foldService.of((state, start, end) => {
  for (let node: SyntaxNode | null = syntaxTree(state).resolveInner(end, -1); node; node = node.parent) {
    if (node.from < start) break;
    const level = headingLevel(node.type);
    if (level === undefined) continue;
    let last = node;
    for (let next = last.nextSibling; next; next = last.nextSibling) {
      const nextLevel = headingLevel(next.type);
      if (nextLevel !== undefined && nextLevel <= level) break;
      last = next;
    }
    if (last.to > end) return { from: end, to: last.to };
  }
  return null;
});

/** The parser of a fence's language: loaded ones at once, others once `languages` has loaded them. */
function codeParser(languages: readonly LanguageDescription[]) {
  return (info: string): Parser | null => {
    const name = /\S*/.exec(info)?.[0] ?? '';
    if (!name) return null;
    const found = LanguageDescription.matchLanguageName(languages, name, true);
    if (!found) return null;
    return found.support ? found.support.language.parser : ParseContext.getSkippingParser(found.load());
  };
}

/** HTML nested in Markdown (`html({ matchClosingTags: false })`), once loaded. */
type HtmlSupport = LanguageSupport;

function markdownWith(
  languages: readonly LanguageDescription[],
  extensions: MarkdownExtension[],
  html: HtmlSupport | null,
): LanguageSupport {
  const base = markdownLanguage.parser as MarkdownParser;
  const parser = base.configure([
    ...extensions,
    parseCode({ codeParser: codeParser(languages), htmlParser: html?.language.parser }),
  ]);
  const language = new Language(markdownLanguage.data, parser, [], 'markdown');
  const support: Extension[] = [sectionFold, pasteURLAsLink, Prec.high(keymap.of(markdownKeymap))];
  if (html) support.unshift(html.support);
  return new LanguageSupport(language, support);
}

/** Whether the parsed part of the visible text holds an HTML block or tag. */
function showsHtml(view: EditorView): boolean {
  const tree = syntaxTree(view.state);
  let found = false;
  for (const { from, to } of view.visibleRanges) {
    tree.iterate({
      from,
      to,
      enter: (node) => {
        if (node.name === 'HTMLBlock' || node.name === 'HTMLTag') found = true;
        return !found;
      },
    });
    if (found) return true;
  }
  return false;
}

/** HTML support once loaded (the next editor, for another draft, starts with it). */
let loadedHtml: HtmlSupport | null = null;

/**
 * Markdown language support with fenced code in `languages` and the parser `extensions`; HTML inside Markdown
 * is added the first time an HTML block or tag is on screen.
 */
export function markdownSupport(
  languages: readonly LanguageDescription[],
  extensions: MarkdownExtension[] = [],
): Extension {
  const slot = new Compartment();
  let asked = loadedHtml !== null;
  const watch = ViewPlugin.define((view) => {
    let alive = true;
    const check = () => {
      if (asked || !showsHtml(view)) return;
      asked = true;
      void import('./html-in-markdown').then(
        ({ htmlInMarkdown }) => {
          const html = (loadedHtml ??= htmlInMarkdown());
          if (alive) view.dispatch({ effects: slot.reconfigure(markdownWith(languages, extensions, html)) });
        },
        () => undefined, // Offline and not cached: HTML stays uncoloured; the text itself is untouched.
      );
    };
    check();
    return {
      update(update: ViewUpdate) {
        if (!asked && (update.viewportChanged || syntaxTree(update.state) !== syntaxTree(update.startState)))
          check();
      },
      destroy() {
        alive = false;
      },
    };
  });
  return [slot.of(markdownWith(languages, extensions, loadedHtml)), watch];
}

/**
 * Markdown for a ```markdown fence inside a post (language-data's entry for it resolves here on the page, see
 * vite.config.ts): the post's own Markdown without its fences' languages or HTML.
 */
export function markdown(): LanguageSupport {
  return markdownWith([], [], null);
}
