/**
 * Traps for the XSS browser specs: everything that would show a hostile post ran something or sent something
 * somewhere. In the page (installed before the app's own scripts, in every frame): `__pwHit`, `alert`,
 * `confirm`, `prompt`, `print` and `open` record a call, and a `securitypolicyviolation` listener records what
 * the CSP blocked (something tried). Around the page: dialogs, popups, uncaught page errors, a navigation away
 * from the app, every request to another origin (aborted, so nothing leaves), and any page (frame or
 * navigation) loaded from the app's own origin once it is open.
 *
 * Also the page-side tools the specs use in one round trip per vector: paste a post, wait for the preview,
 * snapshot it for the audit, check the page around it.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { AuditNode } from './xss-audit';

/** One thing the trap saw, tagged with the vector being shown when it happened. */
export interface TrapRecord {
  vector: string | null;
  what: string;
}

/** What the page reports after showing a post. */
export interface Inspection {
  /** The preview region's elements, flattened (template contents included, frames not entered). */
  tree: AuditNode[];
  /** `document` properties shadowed by named elements; the editor or toolbar covered. */
  integrity: string[];
  /** What the in-page traps recorded since the last inspection. */
  log: TrapRecord[];
}

/** What `showPost` needs. */
export interface ShowArgs {
  /** Tags trap records from now on. */
  id: string;
  /** The whole post text, replacing the editor's. */
  text: string;
  /** Text the preview shows once it has rendered `text`. */
  marker: string;
  /** The previous post's marker, which must be gone. */
  previous: string | null;
}

interface PageTools {
  __pwTrapLog: TrapRecord[];
  __pwCurrent: string | null;
  __pwInspect(): Inspection;
}

/** Origins the sanitizer and the CSP allow frames from: their requests are aborted but not reported. */
const EMBED_ORIGINS = ['https://www.youtube-nocookie.com/', 'https://player.vimeo.com/'];

/** Runs in every frame before the app: the traps, and `__pwInspect` in the top frame. Self-contained. */
function installInPage(): void {
  const w = window as unknown as PageTools & Record<string, unknown>;
  let host: PageTools = w;
  try {
    if (window.top && window.top !== window) host = window.top as unknown as PageTools;
  } catch {
    host = w;
  }
  if (host === w) w.__pwTrapLog = w.__pwTrapLog ?? [];
  const log = (what: string) => {
    const record = { vector: null as string | null, what: String(what).slice(0, 300) };
    try {
      record.vector = host.__pwCurrent ?? null;
      host.__pwTrapLog.push(record);
    } catch {
      (w.__pwTrapLog ??= []).push(record);
    }
  };
  w.__pwHit = (...args: unknown[]) => log(`__pwHit(${args.join(',')})`);
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    w[name] = (...args: unknown[]) => {
      log(`${name}(${args.join(',')})`);
      return null;
    };
  }
  w.open = (url: unknown) => {
    log(`open(${String(url)})`);
    return null;
  };
  document.addEventListener(
    'securitypolicyviolation',
    (e) => log(`CSP blocked ${e.effectiveDirective} ${e.blockedURI}${e.sample ? ` "${e.sample}"` : ''}`),
    true,
  );
  if (host !== w) return;

  const names: Record<string, string> = {
    'http://www.w3.org/1999/xhtml': 'html',
    'http://www.w3.org/2000/svg': 'svg',
    'http://www.w3.org/1998/Math/MathML': 'math',
  };
  // Flat (each element with no children): the audit's rules look at one element at a time, and a flat list
  // crosses to Node however deep the post nests.
  const flatten = (el: Element, out: AuditNode[]): AuditNode[] => {
    out.push({
      tag: el.localName,
      ns: names[el.namespaceURI ?? ''] ?? String(el.namespaceURI),
      attrs: Array.from(el.attributes).map((a) => [a.name, a.value] as [string, string]),
      children: [],
    });
    const kids = Array.from(el.children);
    if (el instanceof HTMLTemplateElement) kids.push(...Array.from(el.content.children));
    for (const kid of kids) flatten(kid, out);
    return out;
  };
  const integrity = (): string[] => {
    const problems: string[] = [];
    const proto = Document.prototype as unknown as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(Document.prototype)) {
      const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, name);
      let expected: unknown;
      try {
        expected = descriptor?.get ? descriptor.get.call(document) : proto[name];
      } catch {
        continue;
      }
      const actual = (document as unknown as Record<string, unknown>)[name];
      const named = actual instanceof Element || actual instanceof HTMLCollection;
      if (named && actual !== expected) problems.push(`document.${name} is shadowed`);
    }
    for (const [selector, inside] of [
      ['.cm-scroller', '.cm-editor'],
      ['.toolbar .btn--primary', '.toolbar'],
    ] as const) {
      const el = document.querySelector(selector);
      if (!el) {
        problems.push(`${selector} is missing`);
        continue;
      }
      const r = el.getBoundingClientRect();
      const x = r.left + Math.min(40, r.width / 2);
      const y = r.top + Math.min(40, r.height / 2);
      const top = document.elementFromPoint(x, y);
      if (!top?.closest(inside)) problems.push(`${selector} is covered by <${top?.localName ?? 'nothing'}>`);
    }
    return problems;
  };
  w.__pwInspect = () => {
    const region = document.querySelector('section[aria-label="Preview"]');
    return {
      tree: region ? Array.from(region.children).flatMap((el) => flatten(el, [])) : [],
      integrity: integrity(),
      log: w.__pwTrapLog.splice(0, w.__pwTrapLog.length),
    };
  };
}

/**
 * In the page: replace the editor's whole text by `text` as a paste does (select all, then a paste event
 * CodeMirror handles), wait until the preview shows `marker` and no longer `previous`, give handlers two frames
 * and a short task to fire, and inspect. Self-contained (it runs in the page).
 */
async function showInPage(args: ShowArgs): Promise<Inspection | { error: string }> {
  const w = window as unknown as PageTools;
  w.__pwCurrent = args.id;
  const editorBy = performance.now() + 10_000;
  while (!document.querySelector('.cm-content') && performance.now() < editorBy) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const content = document.querySelector('.cm-content');
  if (!content) return { error: 'no editor' };
  const keys = { key: 'a', code: 'KeyA', ctrlKey: true, bubbles: true, cancelable: true };
  content.dispatchEvent(new KeyboardEvent('keydown', keys));
  const data = new DataTransfer();
  data.setData('text/plain', args.text);
  content.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
  );
  const body = () => document.querySelector('section[aria-label="Preview"] .post-body')?.textContent ?? '';
  const shown = () =>
    body().includes(args.marker) && (args.previous === null || !body().includes(args.previous));
  const end = performance.now() + 10_000;
  while (!shown()) {
    if (performance.now() > end) {
      const editor = content.textContent?.slice(0, 200);
      return {
        error: `the preview never showed ${args.marker}: ${JSON.stringify({ editor, shown: body() })}`,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, 30));
  return w.__pwInspect();
}

/** The traps on one page. `install` before the app is opened. */
export class XssTrap {
  private readonly outside: TrapRecord[] = [];
  private current: string | null = null;
  private appLoaded = false;

  private constructor(readonly page: Page) {}

  /** Set the traps on `page` (and its context) for the app at `baseURL`. */
  static async install(context: BrowserContext, page: Page, baseURL: string): Promise<XssTrap> {
    const trap = new XssTrap(page);
    await context.addInitScript({ content: `(${installInPage.toString()})();` });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(baseURL)) {
        // Nothing leaves through the app's own origin; but a post must not load a page (a frame, a navigation).
        if (trap.appLoaded && route.request().resourceType() === 'document') trap.note(`page load of ${url}`);
        await route.continue();
        return;
      }
      if (!EMBED_ORIGINS.some((origin) => url.startsWith(origin))) trap.note(`request to ${url}`);
      await route.abort('blockedbyclient');
    });
    page.on('dialog', (dialog) => {
      trap.note(`dialog ${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('pageerror', (error) => trap.note(`page error: ${error.message}`));
    page.on('crash', () => trap.note('the page crashed'));
    page.on('popup', (popup) => trap.note(`popup ${popup.url()}`));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && !frame.url().startsWith(baseURL))
        trap.note(`navigated to ${frame.url()}`);
    });
    return trap;
  }

  /** From now on, pages loaded from the app's origin are reported (call once the app is open). */
  appIsLoaded(): void {
    this.appLoaded = true;
  }

  /** Tag what happens from now on with `vector`. */
  async showing(vector: string | null): Promise<void> {
    this.current = vector;
    await this.page.evaluate((id) => {
      (window as unknown as PageTools).__pwCurrent = id;
    }, vector);
  }

  /** Paste `args.text` as the whole post, wait for the preview, and inspect it (throws if it never shows). */
  async show(args: ShowArgs): Promise<Inspection> {
    this.current = args.id;
    const result = await this.page.evaluate(showInPage, args);
    if ('error' in result) throw new Error(result.error);
    return { ...result, log: [...result.log, ...this.takeOutside()] };
  }

  /** Inspect the page as it is now (the trap records since the last call included). */
  async inspect(): Promise<Inspection> {
    const result = await this.page.evaluate(() => (window as unknown as PageTools).__pwInspect());
    return { ...result, log: [...result.log, ...this.takeOutside()] };
  }

  private takeOutside(): TrapRecord[] {
    return this.outside.splice(0, this.outside.length);
  }

  private note(what: string): void {
    this.outside.push({ vector: this.current, what });
  }
}
