/**
 * Pure: the incremental preview engine. It keeps a post cut into top-level blocks, each rendered through the
 * same pipeline as `render` and kept with its HTML, and on every text change re-renders only the blocks the
 * change touched (plus any whose post-wide context moved: a footnote number, a repeated heading id, a link
 * definition). Joined, the blocks and the footnotes section are byte for byte `render(text).html`.
 *
 * Work is split so a caller can stay responsive: `update(text)` only re-cuts the changed stretch (cheap);
 * `step(ms)` renders what is pending for up to about `ms` milliseconds and says whether anything is left;
 * `publish()` hands out what changed for a view (block ids in order, HTML of blocks it has not seen).
 *
 * Posts using something that cannot be rendered a block at a time (see `BlockInfo.unsupported`) are rendered
 * whole with `render`, so the output is always right; only the speed differs.
 */
import { codeLanguagesIn, isCodeLanguageMissing } from '../code/highlighter';
import { resolveOptions, type RenderOptions } from '../options';
import {
  createBlockRenderer,
  type BlockRender,
  type FootnoteNumber,
  type BlockRenderer,
  type ViewTransforms,
} from './block-render';
import { createSectionRenderer, sectionSource } from './footnote-section';
import {
  assignIds,
  computePostContext,
  definitionPrefix,
  mentionedLabels,
  normalizeLabel,
  numberRefs,
  type FootnoteCounts,
  type PostContext,
} from './post-context';
import { blockAt, commonPrefix, commonSuffix, firstStartAtOrAfter } from './text-diff';
import { candidateCuts, type Span } from './scan-blocks';
import { nextSpans } from './shortcode-spans';
import { splitPost } from '../../post/split-post';
import { HeadingIdRegistry } from '../heading-id';
import { postBody, renderWhole } from './whole-render';

/** Options of the engine: the render options except the page params, which come from the post itself. */
export type EngineOptions = Omit<RenderOptions, 'params'>;

/**
 * What a view needs after a change: the order of block ids (null: unchanged), where each block starts in the
 * post (its view offsets are relative to that; null: unchanged; -1 for the footnotes section), and the HTML
 * of ids the view has not had yet.
 */
export interface PreviewPatch {
  ids: number[] | null;
  starts: number[] | null;
  /** Where each block ends in the post (with `starts`; -1 for the footnotes section). */
  ends: number[] | null;
  added: [number, string][];
  /**
   * For added blocks that a view may re-render on its own for a moment (see core/markdown/incremental/echo):
   * what their render took from the rest of the post.
   */
  hints: [number, EchoHint][];
}

/** What one block's render took from outside it: enough to render an edit of it alone (see echo.ts). */
export interface EchoHint {
  prefix: string;
  firstDivider: boolean;
  laterDivider: boolean;
  footnotes: (FootnoteNumber | null)[];
}

interface Block {
  start: number;
  end: number;
  render: BlockRender | null;
  /** The render no longer matches the post-wide context (it is shown until it is rendered again). */
  stale: boolean;
  /** The outside context the render used (prefix, divider, params, code languages loaded). */
  key: string;
  mentions: string[] | null;
  id: number;
  /** What other blocks depend on in the render's info, as a string ('' for nothing). */
  infoKey: string;
}

const DIVIDER = '<!--more-->';
const FOOTNOTE_DEF_LINE = /^ {0,3}\[\^((?:[^\]\\]|\\.)+)\]:/gm;

function sameList<T>(a: readonly T[] | null, b: readonly T[] | null, eq: (x: T, y: T) => boolean): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((v, i) => eq(v, y[i] as T));
}

/** The incremental renderer for one open post. */
export class PreviewEngine {
  private options: EngineOptions;
  private readonly view: ViewTransforms | undefined;
  private text = '';
  private body = '';
  private bodyStart = 0;
  private params = '{}';
  private blocks: Block[] = [];
  private renderer: BlockRenderer | null = null;
  private section: ((source: string) => string) | null = null;
  private spans: Span[] = [];
  private context: PostContext | null = null;
  /**
   * Bumped whenever something the post-wide context depends on changed: a block's context-relevant info, a
   * block with such info removed, the divider moved, the params or code languages changed.
   */
  private contextVersion = 1;
  private contextFor = 0;
  /** Bumped whenever blocks are added, removed or merged (context arrays are per block index). */
  private layout = 0;
  private contextLayout = -1;
  /** Bumped on every render or re-cut (for cached answers over all blocks). */
  private renders = 0;
  private wholeCache = { at: -1, reason: null as string | null };
  private frontKey: string | null = null;
  /** The re-cut stretch, until it is rendered: where it is and what the blocks it replaced told the context. */
  private region: { from: number; count: number; before: string } | null = null;
  private guessed: Pick<PostContext, 'linkDefs' | 'footnoteDefs'> = emptyDefs();
  private dividerAt = -1;
  private running: { at: number; registry: HeadingIdRegistry; counts: FootnoteCounts } | null = null;
  private cursor = 0;
  private codeEpoch = 0;
  private nextId = 1;
  private sectionState = { key: '', html: '', id: 0 };
  private whole = { key: '', html: '', id: 0 };
  private published: number[] = [];
  private publishedStarts: number[] = [];
  private publishedEnds: number[] = [];
  private sent = new Set<number>();
  /** Characters of HTML rendered since the last `publish` (at most what the next patch adds). */
  private unpublished = 0;

  /** `view`: extra transforms for a view (see ViewTransforms); without, the HTML is exactly `render`'s. */
  constructor(options: EngineOptions = {}, view?: ViewTransforms) {
    this.options = { ...options };
    this.view = view;
  }

  /** Change the render options (unsafe HTML, say): everything renders again. */
  setOptions(options: EngineOptions): void {
    this.options = { ...options };
    this.renderer = null;
    this.params = '';
    this.frontKey = null;
    for (const block of this.blocks) block.stale = true;
    this.cursor = 0;
    this.contextVersion += 1;
    this.renders += 1;
  }

  /** The text changed. Cheap: re-cuts only around the change; rendering waits for `step`. */
  update(text: string): void {
    this.text = text;
    const split = splitPost(text);
    const frontKey = `${split.format}\u0001${split.unclosed}\u0001${split.bodyStart}\u0001${split.inner}`;
    let body: string;
    let params = this.params;
    let data: Record<string, unknown> = {};
    if (frontKey === this.frontKey && this.renderer) {
      // Same front matter as last time (typing in the body): no need to read it again.
      const whole = this.bodyStart === 0 && split.bodyStart !== 0;
      body = whole ? text : text.slice(this.bodyStart);
    } else {
      const read = postBody(text);
      body = read.body;
      this.bodyStart = read.bodyStart;
      data = read.data;
      params = JSON.stringify(data);
      this.frontKey = frontKey;
    }
    if (params !== this.params || !this.renderer) {
      this.params = params;
      this.renderer = createBlockRenderer({ ...this.options, params: data }, this.view);
      this.section = createSectionRenderer({ ...this.options, params: data }, this.view);
      for (const block of this.blocks) if (this.blockText(block).includes('{{')) block.stale = true;
      this.cursor = 0;
      this.contextVersion += 1;
      this.renders += 1;
    }
    if (body === this.body && this.blocks.length > 0) return;
    this.recut(body);
  }

  /** A code language finished loading: blocks with code render again (now coloured). */
  codeLanguagesLoaded(): void {
    this.codeEpoch += 1;
    for (const block of this.blocks) if (block.render?.info.codeLangs.length) block.stale = true;
    this.cursor = 0;
    this.contextVersion += 1;
  }

  /** Languages used by rendered blocks that are not loaded yet (and have not failed to load). */
  missingLanguages(): string[] {
    const out = new Set<string>();
    for (const block of this.blocks) {
      if (!block.render?.info.codeLangs.length) continue;
      for (const lang of codeLanguagesIn(this.blockText(block)))
        if (isCodeLanguageMissing(lang)) out.add(lang);
    }
    return [...out];
  }

  /**
   * Render pending blocks for up to about `budgetMs`, and stop once the next patch would add `maxChars` of
   * HTML or more; true when nothing is left to do.
   */
  step(budgetMs = Infinity, now: () => number = Date.now, maxChars = Infinity): boolean {
    const deadline = now() + budgetMs;
    for (;;) {
      const i = this.nextPending();
      if (i >= 0) {
        this.renderAt(i);
        if (now() >= deadline || this.unpublished >= maxChars) return false;
        continue;
      }
      if (this.region) {
        const { from, count, before } = this.region;
        const after = this.blocks
          .slice(from, from + count)
          .map((b) => b.infoKey)
          .join('\u0002');
        if (after !== before) this.contextVersion += 1;
        this.region = null;
      }
      if (this.refreshContext()) continue;
      if (this.wholeReason() !== null) this.refreshWhole();
      return true;
    }
  }

  /** Why the post is rendered whole right now (null: it is rendered a block at a time). */
  wholeReason(): string | null {
    if (!this.renderer) return 'the render pipeline cannot be split into blocks';
    if (this.wholeCache.at !== this.renders) {
      let reason: string | null = null;
      for (const block of this.blocks) {
        reason = block.render?.info.unsupported ?? null;
        if (reason) break;
      }
      this.wholeCache = { at: this.renders, reason };
    }
    return this.wholeCache.reason;
  }

  /** The body HTML as it stands (after `step` returned true, exactly `render(text).html`). */
  html(): string {
    if (this.wholeReason() !== null) return this.whole.html;
    const parts = this.blocks.filter((b) => b.render?.present).map((b) => b.render?.html ?? '');
    if (this.sectionState.html) parts.push(this.sectionState.html);
    return parts.join('\n');
  }

  /** Characters of HTML rendered since the last `publish`. */
  unpublishedChars(): number {
    return this.unpublished;
  }

  /** What changed for a view since the last call. */
  publish(): PreviewPatch {
    this.unpublished = 0;
    const ids: number[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    const added: [number, string][] = [];
    const hints: [number, EchoHint][] = [];
    const take = (id: number, start: number, end: number, html: string, block?: Block) => {
      ids.push(id);
      starts.push(start);
      ends.push(end);
      if (!this.sent.has(id)) {
        this.sent.add(id);
        added.push([id, html]);
        const hint = block && this.hintFor(block);
        if (hint) hints.push([id, hint]);
      }
    };
    if (this.wholeReason() !== null) {
      if (this.whole.id) take(this.whole.id, this.bodyStart, this.text.length, this.whole.html);
    } else {
      for (const block of this.blocks) {
        if (block.render?.present) {
          const at = this.bodyStart;
          take(block.id, at + block.start, at + block.end, block.render.html, block);
        }
      }
      if (this.sectionState.html) take(this.sectionState.id, -1, -1, this.sectionState.html);
    }
    const same = (a: number, b: number) => a === b;
    const idsChanged = !sameList(ids, this.published, same);
    const startsChanged =
      idsChanged ||
      !sameList(starts, this.publishedStarts, same) ||
      !sameList(ends, this.publishedEnds, same);
    if (idsChanged) {
      const keep = new Set(ids);
      for (const id of this.published) if (!keep.has(id)) this.sent.delete(id);
      this.published = ids;
    }
    this.publishedStarts = starts;
    this.publishedEnds = ends;
    return {
      ids: idsChanged ? ids : null,
      starts: startsChanged ? starts : null,
      ends: startsChanged ? ends : null,
      added,
      hints,
    };
  }

  /**
   * A block a view may render an edit of on its own (no code to colour, rendered in context): what its render
   * took from outside. Null for any other block.
   */
  private hintFor(block: Block): EchoHint | null {
    const render = block.render;
    if (!render || block.stale || render.info.codeLangs.length || render.info.unsupported) return null;
    const { prefix, first, later } = this.keyFor(block, this.blockText(block));
    return { prefix, firstDivider: first, laterDivider: later, footnotes: render.used.footnotes };
  }

  private blockText(block: Block): string {
    return this.body.slice(block.start, block.end);
  }

  /** Cut the changed stretch of `body` again, keeping every block before and after it. */
  private recut(body: string): void {
    const old = this.body;
    const oldBlocks = this.blocks;
    const p = commonPrefix(old, body);
    const s = commonSuffix(old, body, Math.min(old.length, body.length) - p);
    const oldTo = old.length - s;
    const newTo = body.length - s;
    const delta = body.length - old.length;
    const k = Math.max(0, blockAt(oldBlocks, p) - 1);
    const regionStart = oldBlocks[k]?.start ?? 0;
    this.body = body;
    this.spans = nextSpans(this.spans, old, body, p, oldTo, newTo);
    const dividerAt = body.indexOf(DIVIDER);
    if (dividerAt !== this.dividerAt) this.contextVersion += 1;
    this.dividerAt = dividerAt;
    if (oldBlocks.length === 0) this.guessed = guessDefinitions(body);
    const region: Block[] = [];
    let cut = regionStart;
    let resume = -1;
    const push = (end: number) => {
      if (end > cut) region.push(newBlock(cut, end));
      cut = end;
    };
    for (const c of candidateCuts(body, regionStart, this.spans)) {
      if (c >= newTo && oldBlocks.length > 0) {
        const j = firstStartAtOrAfter(oldBlocks, c - delta, k + 1);
        if (j >= 0 && oldBlocks[j]?.start === c - delta && c - delta >= oldTo) {
          push(c);
          resume = j;
          break;
        }
      }
      push(c);
    }
    if (resume < 0) push(body.length);
    // Blocks of the old stretch whose text comes back unchanged keep their render. Blocks of the same text
    // are matched in order, the first with the first: a render holds the heading ids and footnote numbers of
    // its place, and the region's check below (what it tells the context, in order) only holds for that.
    const replaced = oldBlocks.slice(k, resume < 0 ? oldBlocks.length : resume);
    const byText = new Map<string, Block[]>();
    for (const b of replaced) {
      const text = old.slice(b.start, b.end);
      const same = byText.get(text);
      if (same) same.push(b);
      else byText.set(text, [b]);
    }
    for (const block of region) {
      const same = byText.get(body.slice(block.start, block.end))?.shift();
      if (same) {
        Object.assign(block, {
          render: same.render,
          stale: same.stale,
          key: same.key,
          id: same.id,
          infoKey: same.infoKey,
        });
      }
    }
    // The post-wide context changes only if what the stretch tells it changes: checked once it is rendered.
    if (this.region) this.contextVersion += 1;
    this.region = { from: k, count: region.length, before: replaced.map((b) => b.infoKey).join('\u0002') };
    const tail = resume < 0 ? [] : oldBlocks.slice(resume);
    for (const block of tail) {
      block.start += delta;
      block.end += delta;
    }
    this.blocks = [...oldBlocks.slice(0, k), ...region, ...tail];
    this.cursor = k;
    if (region.length !== replaced.length) this.layout += 1;
    this.renders += 1;
    if (this.running && this.running.at > k) this.running = null;
  }

  private nextPending(): number {
    const n = this.blocks.length;
    for (let step = 0; step < n; step++) {
      const i = (this.cursor + step) % n;
      const block = this.blocks[i] as Block;
      if (!block.render || block.stale) {
        this.cursor = i;
        return i;
      }
    }
    return -1;
  }

  /** The context key for block `i`: what the render takes from outside besides numbering. */
  private keyFor(
    block: Block,
    text: string,
  ): { key: string; prefix: string; later: boolean; first: boolean } {
    block.mentions ??= mentionedLabels(text);
    const prefix = block.mentions.length
      ? definitionPrefix(block.mentions, this.context ?? this.guessed, true)
      : '';
    const at = this.dividerAt;
    const first = at >= block.start && at < block.end;
    const later = !first && text.includes(DIVIDER);
    const params = text.includes('{{') ? this.params : '';
    const code = block.render?.info.codeLangs.length ? this.codeEpoch : 0;
    return { key: `${prefix}\u0001${first}${later}\u0001${params}\u0001${code}`, prefix, later, first };
  }

  private runningAt(i: number): { registry: HeadingIdRegistry; counts: FootnoteCounts } {
    if (this.running?.at === i) return this.running;
    const style = resolveOptions(this.options).headingIds;
    const registry = new HeadingIdRegistry(style);
    const counts: FootnoteCounts = new Map();
    const defined = this.defined();
    for (let j = 0; j < i; j++) {
      const info = this.blocks[j]?.render?.info;
      if (!info) continue;
      assignIds(registry, info.headings);
      numberRefs(counts, defined, info.footnoteRefs);
    }
    this.running = { at: i, registry, counts };
    return this.running;
  }

  private defined(): { has(id: string): boolean } {
    return (this.context ?? this.guessed).footnoteDefs;
  }

  private renderAt(i: number): void {
    const block = this.blocks[i] as Block;
    const renderer = this.renderer;
    if (!renderer) return;
    const text = this.blockText(block);
    const { prefix, later, first } = this.keyFor(block, text);
    // Post-wide numbers already worked out for this very block can be used as they are.
    const fresh = this.contextLayout === this.layout && this.context !== null && block.render !== null;
    let result: BlockRender;
    try {
      result = renderer.render(text, {
        prefix,
        laterDivider: later,
        firstDivider: first,
        headingIds: (requests) => {
          if (fresh && sameRequests(block.render?.info.headings, requests)) {
            return this.context?.headingIds[i] ?? [];
          }
          return assignIds(this.runningAt(i).registry, requests);
        },
        footnotes: (refs) => {
          if (fresh && sameRefs(block.render?.info.footnoteRefs, refs))
            return this.context?.footnotes[i] ?? [];
          return numberRefs(this.runningAt(i).counts, this.defined(), refs);
        },
      });
    } catch (error) {
      result = unsupportedRender(error);
    }
    if (this.running?.at === i) this.running.at = i + 1;
    else this.running = null;
    if (result.info.openAtEnd && i + 1 < this.blocks.length) {
      // Cut in the wrong place (fenced code or an HTML block runs on): join with the next block.
      const next = this.blocks[i + 1] as Block;
      block.end = next.end;
      block.mentions = null;
      block.stale = true;
      this.blocks.splice(i + 1, 1);
      this.running = null;
      this.layout += 1;
      this.renders += 1;
      this.contextVersion += 1;
      if (this.region && i >= this.region.from && i < this.region.from + this.region.count) {
        this.region.count = Math.max(1, this.region.count - 1);
      }
      return;
    }
    const before = block.render;
    if (!before || before.html !== result.html || before.present !== result.present) {
      block.id = this.nextId++;
      if (result.present) this.unpublished += result.html.length;
    }
    block.render = result;
    block.stale = false;
    block.key = this.keyFor(block, text).key;
    const key = infoKey(result);
    const inRegion =
      this.region !== null && i >= this.region.from && i < this.region.from + this.region.count;
    if (key !== block.infoKey && !inRegion) this.contextVersion += 1;
    block.infoKey = key;
    this.renders += 1;
  }

  /**
   * Recompute the post-wide context if what it depends on changed, and mark blocks whose render no longer fits
   * it. True when that left blocks to render again.
   */
  private refreshContext(): boolean {
    if (this.contextFor === this.contextVersion && this.contextLayout === this.layout) return false;
    const style = resolveOptions(this.options).headingIds;
    const context = computePostContext(
      this.blocks.map((b) => b.render?.info ?? null),
      style,
    );
    this.context = context;
    this.contextFor = this.contextVersion;
    this.contextLayout = this.layout;
    this.running = null;
    let stale = false;
    this.blocks.forEach((block, i) => {
      const r = block.render;
      if (!r || block.stale) return;
      const ok =
        sameList(r.used.headingIds ?? [], context.headingIds[i] ?? [], (a, b) => a === b) &&
        sameList(r.used.footnotes, context.footnotes[i] ?? [], (a, b) => a?.n === b?.n && a?.r === b?.r) &&
        this.keyFor(block, this.blockText(block)).key === block.key;
      if (!ok) {
        block.stale = true;
        stale = true;
        this.cursor = Math.min(this.cursor, i);
      }
    });
    this.refreshSection();
    return stale;
  }

  private refreshSection(): void {
    const context = this.context;
    if (!context || !this.section || context.footnoteOrder.length === 0) {
      this.sectionState = { key: '', html: '', id: 0 };
      return;
    }
    const notes = context.footnoteOrder.map((o) => ({
      label: o.label,
      count: o.count,
      raw: context.footnoteDefs.get(o.id)?.raw ?? '',
    }));
    const labels = mentionedLabels(notes.map((n) => n.raw).join('\n'));
    const source = sectionSource(notes, definitionPrefix(labels, context, false));
    const key = `${source}\u0001${this.params}\u0001${this.codeEpoch}`;
    if (key === this.sectionState.key) return;
    this.sectionState = { key, html: this.section(source), id: this.nextId++ };
  }

  private refreshWhole(): void {
    const key = `${this.text}\u0001${JSON.stringify(this.options)}\u0001${this.codeEpoch}`;
    if (key === this.whole.key) return;
    this.whole = { key, html: renderWhole(this.text, this.options, this.view), id: this.nextId++ };
  }
}

function emptyDefs(): Pick<PostContext, 'linkDefs' | 'footnoteDefs'> {
  return { linkDefs: new Map(), footnoteDefs: new Map() };
}

/** The part of a block's info other blocks depend on, as a string ('' for a block that has none). */
function infoKey(render: BlockRender | null): string {
  if (!render) return '';
  const { linkDefs, footnoteDefs, footnoteRefs, headings, unsupported } = render.info;
  if (!linkDefs.length && !footnoteDefs.length && !footnoteRefs.length && !headings.length && !unsupported) {
    return '';
  }
  return JSON.stringify([linkDefs, footnoteDefs, footnoteRefs, headings, unsupported]);
}

function newBlock(start: number, end: number): Block {
  return { start, end, render: null, stale: false, key: '', mentions: null, id: 0, infoKey: '' };
}

function sameRequests(
  a: BlockRender['info']['headings'] | undefined,
  b: readonly BlockRender['info']['headings'][number][],
) {
  return sameList(a ?? null, b, (x, y) => JSON.stringify(x) === JSON.stringify(y));
}

function sameRefs(
  a: BlockRender['info']['footnoteRefs'] | undefined,
  b: readonly BlockRender['info']['footnoteRefs'][number][],
) {
  return sameList(a ?? null, b, (x, y) => x.id === y.id);
}

function unsupportedRender(error: unknown): BlockRender {
  const why = error instanceof Error ? error.message : String(error);
  return {
    html: '',
    present: false,
    info: {
      linkDefs: [],
      footnoteDefs: [],
      footnoteRefs: [],
      headings: [],
      codeLangs: [],
      unsupported: `the block could not be rendered on its own (${why})`,
      openAtEnd: false,
    },
    used: { headingIds: null, footnotes: [] },
  };
}

/** Footnote labels defined in `body`, by a quick look: a first guess so the first render numbers notes. */
function guessDefinitions(body: string): Pick<PostContext, 'linkDefs' | 'footnoteDefs'> {
  const guess = emptyDefs();
  if (!body.includes('[^')) return guess;
  for (const m of body.matchAll(FOOTNOTE_DEF_LINE)) {
    const label = m[1] ?? '';
    const id = normalizeLabel(label).toUpperCase();
    if (!guess.footnoteDefs.has(id)) guess.footnoteDefs.set(id, { label, raw: '' });
  }
  return guess;
}
