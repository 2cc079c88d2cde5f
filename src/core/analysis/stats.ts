/**
 * Pure: the post's word count, character count and reading time, as Hugo computes `.WordCount`,
 * `countrunes .Plain` and `.ReadingTime` from the rendered content (render() does the counting).
 *
 * CJK: Hugo counts each CJK character as a word, at 501 words a minute, on a page that is CJK: one with
 * `isCJKLanguage: true`, or, on a site with `hasCJKLanguage = true`, one whose text has CJK characters. The
 * site's setting is not known here, so a post without `isCJKLanguage` that holds CJK text is counted as such a
 * site would (`cjk` tells the UI it did); `isCJKLanguage: false` is respected.
 */
import { pageValuesOf, render, type RenderOptions, type RenderResult } from '../render';
import { PreviewEngine } from '../markdown/incremental/engine';
import { postBody } from '../markdown/incremental/whole-render';
import { countWords, readingMinutes, stripHtml } from '../markdown/page-values';

/** Where the engine's parts say the first `<!--more-->` was taken out, it goes back for the summary. */
const DIVIDER = '<!--more-->';

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
  return pageOf(render(text, options));
}

function pageOf(result: RenderResult): PostPage {
  return {
    stats: statsOf(result),
    summary: result.summary,
    truncated: result.truncated,
    manualSummary: result.summaryDivider,
    toc: result.toc,
  };
}

/**
 * A `postPage` that keeps the post rendered a block at a time between calls (the incremental preview's engine),
 * so the next version renders only the blocks that changed: the background worker's, which counts each new
 * version of the open post. A whole render of an 800 KB post takes ~10 s, most of it micromark's parse, whose
 * time grows faster than the text. Gives exactly what `postPage` gives.
 */
export function createPostPager(): (text: string, options?: RenderOptions) => PostPage {
  let engine: PreviewEngine | null = null;
  let engineKey = '';
  return (text, options) => {
    // The engine takes the params from the post itself; given ones are rare (render handles them).
    if (options?.params !== undefined) return postPage(text, options);
    const key = JSON.stringify(options ?? {});
    if (!engine || key !== engineKey) {
      engine = new PreviewEngine(options ?? {}, undefined, true);
      engineKey = key;
    }
    engine.update(text);
    engine.step();
    const parts = engine.pageParts();
    if (!parts) return postPage(text, options);
    const { html, cut } = parts;
    const full = cut >= 0 ? `${html.slice(0, cut)}${DIVIDER}${html.slice(cut)}` : html;
    return pageOf(pageValuesOf({ ...parts, full }, postBody(text).data));
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
