/**
 * The messages between the preview and its render worker. The page sends the whole text (structured clone of
 * a string is a copy, well under a millisecond for 800 KB); the worker answers with patches for the block list.
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
