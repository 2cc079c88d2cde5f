/**
 * The messages between the preview and its render worker. The page sends the whole text on every change; the
 * worker answers with patches for the block list. Posting a string copies it: for a post just edited, ~1.5 ms
 * of the keystroke's task at 800 KB in Chromium (2 ms for two-byte text, any character past Latin-1), 0.2-0.4
 * ms at 80 KB (medians of 30 posts; two runs at 800 KB, one at 80). Sending only the edit would save that, at
 * the cost of carrying the edit from the editor.
 */
import type { EngineOptions, PreviewPatch } from '../../core/markdown/incremental/engine';

/** Page → worker: render this text with these options (`version` counts up with every change). */
export interface PreviewRequest {
  type: 'update';
  version: number;
  text: string;
  /** The site's Markdown settings (raw HTML, typographer, heading ids, heading attributes). */
  options: EngineOptions;
}

/** A string that changes exactly when `options` render differently (the loop compares it per request). */
export function optionsKey(options: EngineOptions): string {
  return `${options.unsafe === true}|${options.typographer !== false}|${options.headingIds ?? 'github'}|${options.attributes !== false}`;
}

/** Worker → page: what changed for the text of `version`; `done` when nothing is left to render for it. */
export interface PreviewReply extends PreviewPatch {
  type: 'patch';
  version: number;
  done: boolean;
}

/**
 * Replies applied one after another, as one (in order; each is a change to what the ones before left): the
 * last block order and positions, and every block added on the way that is still in it.
 */
export function mergeReplies(replies: readonly PreviewReply[]): PreviewReply {
  const last = replies[replies.length - 1];
  if (!last) throw new Error('mergeReplies needs at least one reply');
  let ids: number[] | null = null;
  let starts: number[] | null = null;
  let ends: number[] | null = null;
  const added = new Map<number, string>();
  const hints = new Map<number, PreviewReply['hints'][number][1]>();
  for (const reply of replies) {
    ids = reply.ids ?? ids;
    if (reply.starts) {
      starts = reply.starts;
      ends = reply.ends;
    }
    for (const [id, html] of reply.added) added.set(id, html);
    for (const [id, hint] of reply.hints) hints.set(id, hint);
  }
  const keep = ids ? new Set(ids) : null;
  const kept = <T>(entries: Map<number, T>): [number, T][] =>
    [...entries].filter(([id]) => !keep || keep.has(id));
  return { ...last, ids, starts, ends, added: kept(added), hints: kept(hints) };
}
