/**
 * HTML inside Markdown, loaded the first time a post shows some (see markdown-support.ts). Its own module so the
 * chunk that brings the HTML, JavaScript and CSS languages is named for what it is.
 */
import { html } from '@codemirror/lang-html';
import type { LanguageSupport } from '@codemirror/language';

/** HTML as Markdown nests it: tags need not close (`markdown()`'s own setting). */
export function htmlInMarkdown(): LanguageSupport {
  return html({ matchClosingTags: false });
}
