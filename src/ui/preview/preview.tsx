/**
 * The live preview: the post's head from its front matter, then the body, rendered off the main thread by the
 * incremental engine (core/markdown/incremental) through the one plugin pipeline `render()` uses, plus the
 * preview's source positions and raw-HTML notes. Only the blocks a change touched are rendered and replaced,
 * so typing never waits for the preview. The head shows the front matter of the text the body shows.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { splitPost } from '../../core/post/split-post';
import { readFrontMatterCached as readFrontMatter } from '../../core/front-matter/read-front-matter';
import { ErrorBoundary } from '../common/error-boundary';
import type { EngineOptions } from '../../core/markdown/incremental/engine';
import { optionsKey } from './preview-protocol';
import { IncrementalBody } from './incremental-body';
import { PostHead } from './post-head';
import './preview-layout.css';

export interface PreviewProps {
  /** The site's Markdown settings (keep the object stable: a new one renders the body again). */
  options: EngineOptions;
}

function frontMatterKey(text: string): string {
  const split = splitPost(text);
  return `${split.format}\u0001${split.unclosed}\u0001${split.inner}`;
}

/** The rendered open draft, as the site will publish it (it follows the document store itself). */
export function Preview({ options }: PreviewProps) {
  const [shown, setShown] = useState<string | null>(null);
  const shownKey = useRef<string | null>(null);
  // A new head only when the shown text's front matter changed: typing in the body re-renders nothing here.
  // Compared here, not in a setState updater: React keeps an updater that changed nothing queued until the
  // component next renders, and each one would hold that keystroke's whole text (32 MB after 40 keys at 800 KB).
  const onShown = useCallback((next: string) => {
    const key = frontMatterKey(next);
    if (key === shownKey.current) return;
    shownKey.current = key;
    setShown(next);
  }, []);
  const front = useMemo(() => (shown === null ? null : readFrontMatter(shown)), [shown]);
  const error =
    front && !front.ok
      ? `line ${front.error.line}, column ${front.error.column}: ${front.error.message}`
      : undefined;
  return (
    <section aria-label="Preview" className="preview" tabIndex={-1}>
      <article className="post">
        {front && <PostHead data={front.ok ? front.data : {}} error={error} />}
        <ErrorBoundary label="The preview" resetKey={optionsKey(options)}>
          <IncrementalBody options={options} onShown={onShown} />
        </ErrorBoundary>
      </article>
    </section>
  );
}
