/**
 * Functions the bench runs inside the page (each is serialised by Playwright, so they use nothing from this
 * module's scope). Times are `performance.now()` / `event.timeStamp` values: milliseconds since navigation.
 */

/**
 * Init script for every page load: records long tasks, and when the shell, the editor, the preview body and
 * the draft list first show (each stamped one animation frame after the DOM had it).
 */
export function installProbes() {
  const bench = { longtasks: [], marks: {}, typing: null, filter: null };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longtasksUnsupported = true;
  }
  const probes = {
    shell: '.toolbar',
    editor: '.cm-content .cm-line',
    preview: '[aria-label="Preview"] .post-body h2',
    list: '[aria-label="Drafts"] li',
  };
  const check = () => {
    let pending = 0;
    for (const [name, selector] of Object.entries(probes)) {
      if (name in bench.marks) continue;
      if (document.querySelector(selector)) {
        bench.marks[name] = null;
        requestAnimationFrame(() => {
          bench.marks[name] = performance.now();
        });
      } else pending++;
    }
    return pending;
  };
  const start = () => {
    const observer = new MutationObserver(() => {
      if (check() === 0) observer.disconnect();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    check();
  };
  if (document.documentElement) start();
  else document.addEventListener('DOMContentLoaded', start);
}

/**
 * Start timing keystrokes: each printable key's `keydown` time, and when the preview first shows
 * `marker + everything typed so far` (the frame after the DOM change). Only preview nodes that changed are read.
 */
export function armTyping(marker) {
  const state = { typed: '', pending: [], done: [] };
  window.__bench.typing = state;
  window.addEventListener(
    'keydown',
    (e) => {
      if (window.__bench.typing !== state || e.key.length !== 1) return;
      state.typed += e.key;
      state.pending.push({
        i: state.typed.length - 1,
        down: e.timeStamp,
        handler: performance.now(),
        expect: marker + state.typed,
      });
    },
    true,
  );
  const inPreview = (el) => el && el.isConnected && el.closest('[aria-label="Preview"]');
  const observer = new MutationObserver((records) => {
    if (state.pending.length === 0) return;
    const at = performance.now();
    const changed = new Set();
    for (const r of records) {
      if (r.type === 'characterData') changed.add(r.target.parentElement);
      for (const node of r.addedNodes) changed.add(node.nodeType === 1 ? node : node.parentElement);
    }
    let hit = -1;
    for (const el of changed) {
      if (!inPreview(el)) continue;
      const text = el.textContent || '';
      for (let k = state.pending.length - 1; k > hit; k--) {
        if (text.includes(state.pending[k].expect)) {
          hit = k;
          break;
        }
      }
    }
    if (hit < 0) return;
    const shown = state.pending.splice(0, hit + 1);
    requestAnimationFrame(() => {
      const frame = performance.now();
      for (const key of shown)
        state.done.push({ i: key.i, down: key.down, handler: key.handler, dom: at, frame });
    });
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  state.stop = () => observer.disconnect();
}

/**
 * Stop timing keystrokes (see armTyping): each key's times in typing order, and the longest task from the first
 * key's `keydown` to the last key's frame, and to now.
 */
export function stopTyping() {
  const { typing, longtasks } = window.__bench;
  typing.stop();
  window.__bench.typing = null;
  const done = typing.done.sort((a, b) => a.i - b.i);
  const first = done[0].down;
  const longest = (to) =>
    Math.max(
      0,
      ...longtasks.filter((t) => t.start + t.duration >= first && t.start <= to).map((t) => t.duration),
    );
  return {
    done,
    longestTyping: longest(Math.max(...done.map((d) => d.frame))),
    longestUntilNow: longest(performance.now()),
  };
}

/**
 * Log each count of characters the status bar shows (the background worker's render of the whole post), with
 * the time of the frame after the DOM had it: `window.__bench.counts.log`, `{ n, at }` (n null: none shown).
 */
export function armCounts() {
  window.__bench.counts?.stop();
  const state = { log: [] };
  window.__bench.counts = state;
  let last;
  // The count's element, found again only once it has left the page. Looking it up on every change cost the
  // keystroke's task 2-8 ms in the 800 KB post (a query of the whole document, after each mutation batch).
  let stat = null;
  // The whole page: the status bar may be made anew when another post opens.
  const observer = new MutationObserver(() => {
    if (!stat?.isConnected) stat = document.querySelector('[data-stat="characters"]');
    const text = stat?.textContent ?? null;
    if (text === last) return;
    last = text;
    const n = text === null ? null : Number(text.replace(/\D/g, ''));
    requestAnimationFrame(() => {
      state.log.push({ n, at: performance.now() });
    });
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  state.stop = () => observer.disconnect();
}

/**
 * Start timing filter keystrokes in the library: each key's time to the frame after the last change the list
 * made for it (or to the next frame, when the list did not change).
 */
export function armFilter() {
  const state = { keys: [] };
  window.__bench.filter = state;
  window.addEventListener(
    'keydown',
    (e) => {
      if (window.__bench.filter !== state) return;
      const key = { down: e.timeStamp, frame: null, lastChangeFrame: null };
      state.keys.push(key);
      requestAnimationFrame(() => {
        key.frame = performance.now();
      });
    },
    true,
  );
  const library = document.querySelector('[aria-label="Library"]');
  new MutationObserver(() => {
    const key = state.keys[state.keys.length - 1];
    if (!key) return;
    requestAnimationFrame(() => {
      key.lastChangeFrame = performance.now();
    });
  }).observe(library, { childList: true, subtree: true, characterData: true, attributes: true });
}

/** Put `count` drafts made from `sample` straight into the app's IndexedDB (the app must have opened it). */
export async function seedDrafts({ count, sample }) {
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('postwright');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tags = ['Rust', 'Go', 'Hugo', 'Async', 'Embedded', 'Travel', 'Notes', 'Talks'];
  const now = Date.now();
  const batch = 1000;
  for (let from = 0; from < count; from += batch) {
    await new Promise((resolve, reject) => {
      // As the app stores a draft: the record, and (schema v5 on) its summary, the record without its text.
      const withSummaries = db.objectStoreNames.contains('summaries');
      const tx = db.transaction(withSummaries ? ['drafts', 'summaries'] : ['drafts'], 'readwrite');
      const store = tx.objectStore('drafts');
      const summaries = withSummaries ? tx.objectStore('summaries') : null;
      for (let i = from; i < Math.min(count, from + batch); i++) {
        const title = `Library post ${i}`;
        const meta = {
          title,
          date: '2025-09-04T18:30:00+02:00',
          draft: i % 3 === 0,
          tags: [tags[i % 8], tags[(i * 3 + 1) % 8]],
          categories: ['Conferences'],
        };
        const text = sample.replace(/^title: .*$/m, `title: "${title}"`);
        const at = now - i * 60_000;
        const summary = { id: `bench-${i}`, revision: 1, createdAt: at, updatedAt: at, caret: 0, meta };
        store.put({ ...summary, text });
        summaries?.put(summary);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
}
