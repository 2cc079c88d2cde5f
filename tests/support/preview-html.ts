/**
 * The preview body's HTML as a test compares it with `render()`: without the preview-only source positions and
 * the containers a long post's blocks sit in, as the browser serialises it.
 */
import type { Page } from 'playwright-core';

/** The preview body's HTML, without source positions and block containers. */
export async function previewHtml(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.querySelector('[aria-label="Preview"] .post-body');
    if (!body) return '';
    const copy = body.cloneNode(true) as HTMLElement;
    // A long post's blocks sit in plain containers (for layout speed); their content is the body.
    for (const chunk of Array.from(copy.querySelectorAll('.pw-chunk')))
      chunk.replaceWith(...chunk.childNodes);
    for (const el of Array.from(copy.querySelectorAll('[data-source-start],[data-source-end]'))) {
      el.removeAttribute('data-source-start');
      el.removeAttribute('data-source-end');
    }
    return copy.innerHTML;
  });
}

/** `html` as the browser serialises it once parsed (the form previewHtml returns). */
export async function asParsed(page: Page, html: string): Promise<string> {
  return page.evaluate((source) => {
    const template = document.createElement('template');
    template.innerHTML = source;
    return template.innerHTML;
  }, html);
}
