/**
 * The live preview: the post's head from its front matter, then the body rendered by react-markdown with the
 * one plugin pipeline from `core/markdown` (the same one `render()` uses). Rendering follows the text through
 * `useDeferredValue`, so typing never waits for the preview.
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import Markdown from 'react-markdown';
import type { PluggableList } from 'unified';
import { splitPost } from '../../core/post/split-post';
import { readFrontMatterCached as readFrontMatter } from '../../core/front-matter/read-front-matter';
import { getMarkdownPlugins } from '../../core/markdown/create-processor';
import { urlTransform } from '../../core/markdown/url-transform';
import {
  codeLanguagesIn,
  isCodeLanguageLoaded,
  loadCodeLanguages,
} from '../../core/markdown/code/highlighter';
import { ErrorBoundary } from '../common/error-boundary';
import { PostHead } from './post-head';
import { PreviewImage } from './preview-image';
import { withRawHtmlNote } from './raw-html-note';
import { rehypeSourcePositions } from '../../core/sync/source-positions';

export interface PreviewProps {
  text: string;
  unsafe: boolean;
}

const components = { img: PreviewImage };

/** The rendered post, as the site will publish it. */
export function Preview({ text, unsafe }: PreviewProps) {
  const deferred = useDeferredValue(text);
  const post = useMemo(() => splitPost(deferred), [deferred]);
  const front = useMemo(() => readFrontMatter(deferred), [deferred]);
  const plugins = useMemo(() => withRawHtmlNote(getMarkdownPlugins({ unsafe }), unsafe), [unsafe]);
  const languagesLoaded = useLazyCodeLanguages(post.body);
  const body = post.unclosed ? deferred : post.body;
  const bodyStart = post.unclosed ? 0 : post.bodyStart;
  // Source spans on blocks, for scroll sync and click-to-source: preview only, never in render()'s HTML.
  const rehypePlugins = useMemo(
    (): PluggableList => [...plugins.rehypePlugins, [rehypeSourcePositions, { body, bodyStart }]],
    [plugins, body, bodyStart],
  );
  const error = front.ok
    ? undefined
    : `line ${front.error.line}, column ${front.error.column}: ${front.error.message}`;
  return (
    <section aria-label="Preview" className="preview" tabIndex={-1}>
      <article className="post">
        <PostHead data={front.ok ? front.data : {}} error={error} />
        <ErrorBoundary label="The preview" resetKey={deferred}>
          <div className="post-body" key={languagesLoaded}>
            <Markdown
              remarkPlugins={plugins.remarkPlugins}
              rehypePlugins={rehypePlugins}
              remarkRehypeOptions={plugins.remarkRehypeOptions}
              urlTransform={urlTransform}
              components={components}
            >
              {body}
            </Markdown>
          </div>
        </ErrorBoundary>
      </article>
    </section>
  );
}

/**
 * Loads the highlighters for the code-fence languages the body uses (each on first need), and returns a number
 * that changes when a load finished so the body renders again with colour.
 */
function useLazyCodeLanguages(body: string): number {
  const [loads, setLoads] = useState(0);
  const missing = useMemo(() => codeLanguagesIn(body).filter((lang) => !isCodeLanguageLoaded(lang)), [body]);
  const key = missing.join(' ');
  useEffect(() => {
    if (!key) return;
    let live = true;
    void loadCodeLanguages(key.split(' ')).then(() => {
      if (live) setLoads((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return loads;
}
