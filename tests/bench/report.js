/**
 * The bench's printed table: one row per measure, one column per post size; medians and p95 over every
 * keystroke (or every round) of every round.
 */
import { fmt, summarize } from './stats.js';

const KIB = 1024;

function medP95(values) {
  const s = summarize(values);
  return `${fmt(s.median)} / ${fmt(s.p95)}`;
}

function row(cells, widths) {
  return `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  return [
    row(header, widths),
    row(
      widths.map((w) => '-'.repeat(w)),
      widths,
    ),
    ...rows.map((r) => row(r, widths)),
  ].join('\n');
}

/** Print a table with one row per `[name, cell(kb)]` of `rows` and one column per post size. */
function printSizeTable(title, sizes, rows) {
  console.log(
    table(
      [title, ...sizes.map((kb) => `${kb} KB`)],
      rows.map(([name, cell]) => [name, ...sizes.map((kb) => cell(kb))]),
    ),
  );
  console.log('');
}

/** Print the results of a bench run. */
export function printReport(results) {
  const { bundle } = results;
  console.log('');
  if (results.sizes) {
    const sizes = Object.keys(results.sizes);
    const runs = (kb) => results.sizes[kb].filter((r) => !r.error);
    const all = (kb, pick) => runs(kb).flatMap(pick);
    const rows = [
      ['keystroke to preview, ms (median / p95)', (kb) => medP95(all(kb, (r) => r.latencies))],
      ['  keydown to preview DOM, ms', (kb) => medP95(all(kb, (r) => r.domLatencies))],
      ['longest task while typing, ms (max)', (kb) => fmt(summarize(all(kb, (r) => [r.longestTyping])).max)],
      [
        '  same, incl. autosave after, ms (max)',
        (kb) => fmt(summarize(all(kb, (r) => [r.longestWithSave])).max),
      ],
      [
        'keystroke to preview, typing in bursts, ms',
        (kb) => medP95(all(kb, (r) => r.burstLatencies ?? [NaN])),
      ],
      [
        '  longest task typing in bursts, ms (max)',
        (kb) => fmt(summarize(all(kb, (r) => [r.burstLongest ?? NaN])).max),
      ],
      ['load to editor + preview shown, ms', (kb) => medP95(all(kb, (r) => [r.loadMs]))],
      ['  load to editor shown, ms', (kb) => medP95(all(kb, (r) => [r.loadEditorMs]))],
      ['  load to app shell shown, ms', (kb) => medP95(all(kb, (r) => [r.shellMs]))],
      ['load again, a returning visit, ms', (kb) => medP95(all(kb, (r) => [r.loadAgainMs ?? NaN]))],
      ['  load again to editor shown, ms', (kb) => medP95(all(kb, (r) => [r.loadAgainEditorMs ?? NaN]))],
      ['import to preview fully rendered, ms', (kb) => medP95(all(kb, (r) => [r.importMs]))],
      ['  import to title and marker shown, ms', (kb) => medP95(all(kb, (r) => [r.importShownMs ?? NaN]))],
      ['import to word count shown, ms', (kb) => medP95(all(kb, (r) => [r.importCountedMs ?? NaN]))],
      [
        'last keystroke to counts updated, ms',
        (kb) => medP95(all(kb, (r) => [r.countsAfterTypingMs ?? NaN])),
      ],
      ['JS heap with the post open, MB', (kb) => fmt(summarize(all(kb, (r) => [r.heapMb ?? NaN])).median)],
      [
        '  same, opened from a blank page, MB',
        (kb) => fmt(summarize(all(kb, (r) => [r.heapOpenedMb ?? NaN])).median),
      ],
      [
        'runs measured / failed',
        (kb) => `${runs(kb).length} / ${results.sizes[kb].length - runs(kb).length}`,
      ],
    ];
    printSizeTable('measure', sizes, rows);
  }
  if (results.floor) {
    const sizes = Object.keys(results.floor);
    const all = (kb, pick) => results.floor[kb].flatMap(pick);
    const rows = [
      ['keystroke to its line shown, ms', (kb) => medP95(all(kb, (r) => r.latencies))],
      ['  with Markdown highlighting, ms', (kb) => medP95(all(kb, (r) => r.markdownLatencies))],
      ['longest task while typing, ms (max)', (kb) => fmt(summarize(all(kb, (r) => [r.longestTyping])).max)],
      ['load again to editor shown, ms', (kb) => medP95(all(kb, (r) => [r.loadAgainEditorMs]))],
      ['JS heap with the post open, MB', (kb) => fmt(summarize(all(kb, (r) => [r.heapMb ?? NaN])).median)],
      [
        '  with Markdown highlighting, MB',
        (kb) => fmt(summarize(all(kb, (r) => [r.markdownHeapMb ?? NaN])).median),
      ],
    ];
    printSizeTable('floor: CodeMirror alone', sizes, rows);
  }
  if (results.floorError) {
    console.log(`floor: CodeMirror alone: the run failed (${results.floorError})`);
    console.log('');
  }
  if (results.library) {
    const lib = results.library;
    console.log(
      table(
        [`library of ${lib.drafts} drafts`, 'median / p95'],
        [
          ['start to list shown, ms', medP95(lib.listMs)],
          ['app shell to list shown, ms', medP95(lib.shellToListMs)],
          ['filter keystroke, ms', medP95(lib.filterMs)],
          ['list items in the DOM', lib.items.join(', ')],
        ],
      ),
    );
    console.log('');
  }
  if (bundle) {
    const initial = bundle.chunks.filter((c) => c.initial);
    const lazy = bundle.chunks.filter((c) => !c.initial && c.kind === 'js');
    const rows = [
      ...initial.map((c) => [`${c.file} (initial)`, (c.gzip / KIB).toFixed(1), (c.bytes / KIB).toFixed(1)]),
      ...lazy.slice(0, 8).map((c) => [c.file, (c.gzip / KIB).toFixed(1), (c.bytes / KIB).toFixed(1)]),
      [`... ${Math.max(0, lazy.length - 8)} more lazy chunks`, '', ''],
      ['initial JS total', (bundle.initialJsGzip / KIB).toFixed(1), ''],
      [`all JS (${bundle.jsChunkCount} chunks)`, (bundle.totalJsGzip / KIB).toFixed(1), ''],
    ];
    console.log(table(['bundle chunk', 'gzip KiB', 'raw KiB'], rows));
    console.log('');
  }
}
