/**
 * The whole-post computations that run in the background worker, not on the page: Hugo's counts for the status
 * bar (a full render of the post), the workbench's outline and problems (a full parse) and the post's file
 * references (a scan of the whole text). Each is a pure function of the text; results are plain data, so they
 * cross to the page as they are.
 */
import { analyzePost, type OutlineHeading } from '../../core/analysis/analyze-post';
import { postPage, postStats, type PostPage, type PostStats } from '../../core/analysis/stats';
import { findAssetRefs, type AssetRef } from '../../core/bundle/asset-refs';
import { runChecks, type Problem } from '../../core/checks/index';
import type { RenderOptions } from '../../core/markdown/options';

/**
 * What the outline and problems panels show for a text (`lines[i]`: the line where `problems[i]` starts). Not
 * the text itself: a reply crosses to the page as a copy, and a copy of an 800 KB post was 0.8 MB of the page's
 * heap, kept, and cloned again after every pause in typing.
 */
export interface AnalysisResult {
  headings: OutlineHeading[];
  problems: Problem[];
  lines: number[];
}

/** The 1-based line of each offset, in one pass over `text` (offsets in any order). */
export function linesAt(text: string, offsets: readonly number[]): number[] {
  const order = offsets.map((offset, i) => [offset, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(offsets.length);
  let line = 1;
  let at = 0;
  for (const [offset, i] of order) {
    const end = Math.max(0, Math.min(offset, text.length));
    for (let nl = text.indexOf('\n', at); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
      line++;
      at = nl + 1;
    }
    out[i] = line;
  }
  return out;
}

/**
 * The jobs, by name: each takes the post's text, the time (checks compare dates with it) and the site's
 * Markdown settings (every render uses them, so counts, heading ids and page values match the preview).
 */
export const JOBS = {
  stats: (text: string, _now: number, options?: RenderOptions): PostStats => postStats(text, options),
  /** The counts, `.Summary` and `.TableOfContents` from one render (the status bar and the page panel). */
  page: (text: string, _now: number, options?: RenderOptions): PostPage => postPage(text, options),
  analysis: (text: string, now: number, options?: RenderOptions): AnalysisResult => {
    const analysis = analyzePost(text, options);
    const problems = runChecks(analysis, { now });
    return {
      headings: analysis.headings,
      problems,
      lines: linesAt(
        text,
        problems.map((p) => p.from),
      ),
    };
  },
  assetRefs: (text: string): AssetRef[] => findAssetRefs(text),
};

/** A job's name. */
export type JobName = keyof typeof JOBS;

/** A job's result. */
export type JobResult<K extends JobName> = ReturnType<(typeof JOBS)[K]>;

/** Page → worker. */
export interface JobRequest {
  id: number;
  job: JobName;
  text: string;
  now: number;
  /** The site's Markdown settings (Hugo's defaults when absent). */
  options?: RenderOptions;
}

/** Worker → page (`error` set when the job threw; `result` is then null). */
export interface JobReply {
  id: number;
  result: unknown;
  error?: string;
  /** How long the job ran, ms (absent for a result it had already: that says nothing of what the job costs). */
  ms?: number;
}

/**
 * The last result of jobs that do not depend on the time, by job: several parts of the page ask for the same
 * job on the same text (the status bar and the page panel both want `page`), and only the first pays for it.
 */
const lastResults = new Map<JobName, { key: string; result: unknown }>();
const TIMELESS: readonly JobName[] = ['stats', 'page', 'assetRefs'];

/** Run a request (in the worker, or on the page when no worker starts). */
export function runJob(request: JobRequest): JobReply {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  try {
    const timeless = TIMELESS.includes(request.job);
    const key = timeless ? `${JSON.stringify(request.options ?? {})}\u0000${request.text}` : '';
    const cached = timeless ? lastResults.get(request.job) : undefined;
    if (cached && cached.key === key) return { id: request.id, result: cached.result };
    const result = JOBS[request.job](request.text, request.now, request.options);
    if (timeless) lastResults.set(request.job, { key, result });
    return { id: request.id, result, ms: ms() };
  } catch (error) {
    return {
      id: request.id,
      result: null,
      error: error instanceof Error ? error.message : String(error),
      ms: ms(),
    };
  }
}
