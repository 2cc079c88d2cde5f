/**
 * Pure: the post's word count, character count and reading time, as Hugo computes `.WordCount`,
 * `countrunes .Plain` and `.ReadingTime` from the rendered content (render() does the counting).
 *
 * CJK: Hugo counts each CJK character as a word, at 501 words a minute, on a page that is CJK: one with
 * `isCJKLanguage: true`, or, on a site with `hasCJKLanguage = true`, one whose text has CJK characters. The
 * site's setting is not known here, so a post without `isCJKLanguage` that holds CJK text is counted as such a
 * site would (`cjk` tells the UI it did); `isCJKLanguage: false` is respected.
 */
import { render, type RenderOptions, type RenderResult } from '../render';
import { countWords, readingMinutes, stripHtml } from '../markdown/page-values';

/** The numbers the status bar shows. */
export interface PostStats {
  words: number;
  /** Characters of the rendered text, whitespace not counted (Hugo's `countrunes`). */
  characters: number;
  readingMinutes: number;
  /** Counted as a CJK page. */
  cjk: boolean;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function cjkSetting(frontMatter: Record<string, unknown>): boolean | null {
  const entry = Object.entries(frontMatter).find(([k]) => k.toLowerCase() === 'iscjklanguage');
  return typeof entry?.[1] === 'boolean' ? entry[1] : null;
}

/** Count `text` (a whole post), rendered with the site's `options`. */
export function postStats(text: string, options?: RenderOptions): PostStats {
  return statsOf(render(text, options));
}

/** Hugo's page values for the open post: the counts, `.Summary` and `.TableOfContents`, from one render. */
export interface PostPage {
  stats: PostStats;
  /** `.Summary` as HTML (the pipeline's output: raw HTML omitted or sanitized, URLs filtered). */
  summary: string;
  /** `.Truncated`: the summary leaves something out. */
  truncated: boolean;
  /** Whether the summary is the text before `<!--more-->` (else Hugo's automatic summary). */
  manualSummary: boolean;
  /** `.TableOfContents`: `<nav id="TableOfContents">…</nav>`. */
  toc: string;
}

/** The page values of `text` (a whole post), rendered with the site's `options`. */
export function postPage(text: string, options?: RenderOptions): PostPage {
  const result = render(text, options);
  return {
    stats: statsOf(result),
    summary: result.summary,
    truncated: result.truncated,
    manualSummary: result.summaryDivider,
    toc: result.toc,
  };
}

function statsOf(result: RenderResult): PostStats {
  const plain = stripHtml(result.html);
  let characters = 0;
  for (const ch of plain) if (!/\s/u.test(ch)) characters++;
  const setting = cjkSetting(result.frontMatter);
  if (setting === null && CJK.test(plain)) {
    const words = countWords(plain, true);
    return { words, characters, readingMinutes: readingMinutes(words, true), cjk: true };
  }
  return { words: result.wordCount, characters, readingMinutes: result.readingTime, cjk: setting === true };
}
