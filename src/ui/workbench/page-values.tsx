/**
 * Hugo's page values for the open post, in the sidebar under the outline: `.Summary` (the content before
 * `<!--more-->`, else Hugo's automatic summary of the first 70 words) as a site's list page shows it, and
 * `.TableOfContents` as Hugo writes it (`<nav id="TableOfContents">`, drawn a window at a time: see toc-list). Both come from the background worker's
 * render (the same one that counts words for the status bar), with the site's Markdown settings.
 *
 * The HTML is the pipeline's (raw HTML omitted or sanitized, URLs filtered) and goes in as the preview's
 * blocks do: parsed in an inert `<template>`, with event handlers and dangerous URLs dropped again. Ids are
 * dropped from the summary (the preview already has those elements), and its images that are not web URLs
 * show as their alt text (a list page would resolve them; this panel does not load the draft's files).
 */
import { useEffect, useRef, type MouseEvent } from 'react';
import { useDocument } from '../app/stores-context';
import { useBackground } from '../background/use-background';
import { disarm } from '../preview/block-nodes';
import { holdScrollSync } from './use-scroll-sync';
import { TocList } from './toc-list';

const DELAY_MS = 300;
const WEB_IMAGE = /^(https?:|data:image\/)/i;

/** Parse `html` into inert nodes, made safe to show (see the file's comment). */
function safeNodes(html: string, keepIds: boolean): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const nodes = Array.from(template.content.childNodes);
  disarm(nodes);
  for (const node of nodes) {
    if (node.nodeType !== 1) continue;
    const root = node as Element;
    const all = [root, ...Array.from(root.querySelectorAll('*'))];
    for (const el of all) {
      if (!keepIds && el.hasAttribute('id')) el.removeAttribute('id');
      if (el.localName === 'img' && !WEB_IMAGE.test(el.getAttribute('src') ?? '')) {
        const alt = document.createElement('span');
        alt.className = 'page-values__image';
        alt.textContent = `[image: ${el.getAttribute('alt') || el.getAttribute('src') || ''}]`;
        el.replaceWith(alt);
      } else if (el.localName === 'img') el.setAttribute('loading', 'lazy');
    }
  }
  return nodes;
}

/** The table of contents' nodes, made safe (its ids kept: Hugo's nav has one). */
const tocNodes = (html: string): Node[] => safeNodes(html, true);

/** A container whose children are `html`, made safe. */
function SafeHtml({ html, keepIds, className }: { html: string; keepIds: boolean; className: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.replaceChildren(...safeNodes(html, keepIds));
  }, [html, keepIds]);
  return <div ref={ref} className={className} />;
}

/** A click on a table of contents link goes to that heading in the preview (never changes the page's URL). */
function goToHeading(event: MouseEvent<HTMLElement>): void {
  const link = (event.target as Element).closest('a');
  const href = link?.getAttribute('href') ?? '';
  if (!href.startsWith('#')) return;
  event.preventDefault();
  let id = href.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // Keep it as written.
  }
  const target = document.querySelector(`.preview .post-body [id="${CSS.escape(id)}"]`);
  if (!target) return;
  holdScrollSync('preview');
  target.scrollIntoView({ block: 'start' });
}

/** Summary and table of contents of the open post. */
export function PageValues() {
  const hasDraft = useDocument((s) => s.id !== null);
  const page = useBackground('page', DELAY_MS);
  if (!hasDraft) return null;
  const emptyToc = !page || !/<a\b/.test(page.toc);
  return (
    <>
      <section className="doc-panel" aria-labelledby="summary-title">
        <h2 id="summary-title" className="doc-panel__title">
          Summary
        </h2>
        <div id="summary-panel" className="page-values">
          {!page ? (
            <p className="doc-panel__empty">Rendering…</p>
          ) : (
            <>
              <p className="page-values__note">
                {page.manualSummary ? 'Before <!--more-->' : 'Automatic: the first 70 words'}
                {page.truncated ? ' · continues with “Read more”' : ''}
              </p>
              {page.summary.trim() ? (
                <SafeHtml
                  html={page.manualSummary ? page.summary : `<p>${page.summary}</p>`}
                  keepIds={false}
                  className="page-values__summary"
                />
              ) : (
                <p className="doc-panel__empty">No summary: the post has no text yet.</p>
              )}
            </>
          )}
        </div>
      </section>
      <section className="doc-panel" aria-labelledby="toc-title">
        <h2 id="toc-title" className="doc-panel__title">
          Table of contents
        </h2>
        {/* Hugo's .TableOfContents (its nav has Hugo's id), shown as a site's template would show it. */}
        <div id="toc-panel" className="page-values page-values__toc" onClick={goToHeading}>
          {!page ? (
            <p className="doc-panel__empty">Rendering…</p>
          ) : emptyToc ? (
            <p className="doc-panel__empty">No headings for a table of contents (Hugo lists h2 and h3).</p>
          ) : (
            <div className="page-values__toc-html">
              <TocList html={page.toc} safeNodes={tocNodes} />
            </div>
          )}
        </div>
      </section>
    </>
  );
}
