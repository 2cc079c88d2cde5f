/**
 * Pure: rewrite a CSS selector list so it only reaches inside one element (the preview). `html`, `body` and
 * `:root` at a selector's start stand for the page, so they become the scope itself (a site's `body { font }`
 * then styles the preview as the site's page); every other selector gets the scope as ancestor.
 */

/** Split a selector list at its top-level commas (not those inside `:is(a, b)` or `[x=","]`). */
export function splitSelectorList(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out.filter((s) => s !== '');
}

const PAGE_ROOT =
  /^(?:html|:root)(?![\w-])((?:[.#[:][^\s>+~]*)?)\s*(?:>\s*)?(?:body(?![\w-])((?:[.#[:][^\s>+~]*)?))?|^body(?![\w-])((?:[.#[:][^\s>+~]*)?)/i;

/** One selector, scoped under `scope`. */
export function scopeSelector(selector: string, scope: string): string {
  const s = selector.trim();
  const m = PAGE_ROOT.exec(s);
  if (m) {
    const rest = s.slice(m[0].length).trim();
    const qualifiers = `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}`;
    const root = `${scope}${qualifiers}`;
    return rest ? `${root} ${rest}` : root;
  }
  return `${scope} ${s}`;
}

/** A whole selector list, scoped under `scope`. */
export function scopeSelectorList(list: string, scope: string): string {
  return splitSelectorList(list)
    .map((s) => scopeSelector(s, scope))
    .join(', ');
}
