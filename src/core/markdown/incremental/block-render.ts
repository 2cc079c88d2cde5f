/**
 * Pure: render one top-level block of a post's body through the same pipeline as `render`, with the few things
 * that reach across blocks supplied from outside:
 *
 * - link reference definitions and footnote labels elsewhere in the post: written before the block as a
 *   prefix (definitions render nothing; the first definition of a label wins, as in the whole post);
 * - heading ids: the ids the whole post gives this block's headings are set before the pipeline numbers them;
 * - footnote numbers: references become goldmark's `<sup>` markup with the post-wide number;
 * - a `<!--more-->` that is not the post's first: a sacrificial divider before it takes the first-only rule.
 *
 * The render also reports what the block holds that matters elsewhere (its definitions, references, heading
 * requests) and whether its end leaves fenced code or an HTML block open (then it was cut in the wrong place).
 */
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Definition, FootnoteDefinition, Heading, Nodes, Parent, Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Pluggable, type PluggableList, type Processor } from 'unified';
import { getMarkdownPlugins } from '../create-processor';
import type { RenderOptions } from '../options';
import type { HeadingData } from '../plugins/heading-source';
import { remarkHeadingIds, type ScopeData } from '../plugins/remark-heading-ids';
import { remarkHugoFootnotes } from '../plugins/remark-hugo-footnotes';
import { substituteShortcodes } from '../plugins/remark-hugo-parse';
import { markSummaryDivider } from '../plugins/summary-divider';
import { element, hastElement, t } from '../shortcodes/hast-nodes';
import { closesFence, openedBy } from './scan-blocks';

/** A heading's claim on an id: the one the author set, or the text an automatic id is made from. */
export type HeadingRequest = { explicit: string } | { text: string };

/** A footnote reference: its identifier (upper case, as the pipeline compares them) and label as written. */
export interface FootnoteRef {
  id: string;
  label: string;
}

/** A reference's place in the post: footnote number `n`, and how many references to it came before (`r`). */
export interface FootnoteNumber {
  n: number;
  r: number;
}

/** What a block holds that matters to other blocks. */
export interface BlockInfo {
  /** Link reference definitions: normalized identifier and the definition written out on one line. */
  linkDefs: { id: string; line: string }[];
  /** Footnote definitions (top level): identifier (upper case), label as written, and their source text. */
  footnoteDefs: { id: string; label: string; raw: string }[];
  /** Footnote references outside definitions, in order. */
  footnoteRefs: FootnoteRef[];
  /** Headings numbered in the post's one id space, in order. */
  headings: HeadingRequest[];
  /** The languages of its code blocks (it renders again when one of them loads). */
  codeLangs: string[];
  /** Why this block cannot be rendered on its own (the post is then rendered whole); null when it can. */
  unsupported: string | null;
  /** The block ends inside fenced code or an HTML block that does not end at a blank line. */
  openAtEnd: boolean;
}

/** What the caller supplies for one block render. */
export interface BlockContext {
  /** Text put before the block (definitions it may need), ending with a blank line; '' for none. */
  prefix: string;
  /** The block holds a `<!--more-->` but not the post's first one. */
  laterDivider: boolean;
  /** The block holds the post's first `<!--more-->` (its comment is taken out of the HTML, as `render` does). */
  firstDivider: boolean;
  /** Post-wide ids for these heading requests (explicit ones come back unchanged); null to number locally. */
  headingIds(requests: readonly HeadingRequest[]): string[] | null;
  /** Post-wide numbers for these references, in order (null: the label has no definition anywhere). */
  footnotes(refs: readonly FootnoteRef[]): (FootnoteNumber | null)[];
}

/**
 * Extra hast transforms for a view (the preview's source positions and raw-HTML notes), run after the
 * pipeline's own. `input` is the text handed to the pipeline; an offset in it plus `offset` is the offset in
 * the block's own text (null: offsets mean nothing here, as in the footnotes section).
 */
export type ViewTransforms = (
  input: string,
  offset: number | null,
  options: RenderOptions,
) => ((tree: HastRoot) => void)[];

/** One block rendered. `used` is what came from outside, to tell later whether the render is still right. */
export interface BlockRender {
  html: string;
  /** The block produced at least one node (so it is joined to its neighbours with a line break). */
  present: boolean;
  info: BlockInfo;
  used: { headingIds: string[] | null; footnotes: (FootnoteNumber | null)[] };
}

const SACRIFICE = '<!--more-->\n\n';
const DIVIDER = '<!--more-->';
const SACRIFICE_SOURCE_LENGTH = markSummaryDivider(SACRIFICE).length;
const BACKLESS = /PWSHORTCODE|PWSUMMARYDIVIDERX/;

interface RunState {
  ctx: BlockContext;
  view: ((tree: HastRoot) => void)[];
  unsafe: boolean;
  /** Raw HTML elements left open so far (unsafe only); null once a closing tag matched nothing. */
  openTags: string[] | null;
  prefixEnd: number;
  input: string;
  source: string | null;
  info: BlockInfo;
  headingNodes: Heading[];
  refSites: { parent: Parent; index: number }[];
  used: BlockRender['used'];
  present: boolean;
}

function emptyInfo(): BlockInfo {
  return {
    linkDefs: [],
    footnoteDefs: [],
    footnoteRefs: [],
    headings: [],
    codeLangs: [],
    unsupported: null,
    openAtEnd: false,
  };
}

/** The text the pipeline's parser actually reads for `input` (node positions point into it). */
function parsedSource(run: RunState): string {
  run.source ??= substituteShortcodes(markSummaryDivider(run.input), { calls: [] });
  return run.source;
}

const escapeDestination = (value: string): string => value.replace(/[\\<>&]/g, '\\$&');
const escapeTitle = (value: string): string => value.replace(/[\\"&]/g, '\\$&');

/** A definition written out on one line that parses back to the same label, URL and title. */
export function writeDefinition(node: Definition): string {
  const title = node.title === null || node.title === undefined ? '' : ` "${escapeTitle(node.title)}"`;
  return `[${node.label ?? node.identifier}]: <${escapeDestination(node.url)}>${title}`;
}

function inPrefix(node: Nodes, run: RunState): boolean {
  const start = node.position?.start.offset;
  return start !== undefined && start < run.prefixEnd;
}

function checkOpenEnd(tree: Root, run: RunState): boolean {
  const last = tree.children[tree.children.length - 1];
  if (!last || inPrefix(last, run) || (last.type !== 'code' && last.type !== 'html')) return false;
  const start = last.position?.start.offset;
  const end = last.position?.end.offset;
  if (start === undefined || end === undefined) return false;
  if (last.type === 'code' && (last.data as { pwIndented?: boolean } | undefined)?.pwIndented) return false;
  const lines = parsedSource(run).slice(start, end).split('\n');
  const opened = openedBy(lines[0] ?? '');
  if (!opened) return false;
  if (opened.kind === 'fence') {
    return !(lines.length > 1 && closesFence(lines[lines.length - 1] ?? '', opened.char, opened.length));
  }
  const closing = opened.kind === 'html' ? opened.end : null;
  return closing !== null && !lines.slice(1).some((line) => closing.test(line));
}

/** The collecting transformer: runs first, on the parsed tree. */
function collect(tree: Root, run: RunState): void {
  const info = run.info;
  const unsupported = (why: string) => {
    info.unsupported ??= why;
  };
  const walk = (parent: Parent, inDefinition: boolean, rootScope: boolean): void => {
    parent.children.forEach((child, index) => {
      const node = child as Nodes;
      if (parent === tree && inPrefix(node, run)) return;
      switch (node.type) {
        case 'definition':
          info.linkDefs.push({ id: node.identifier, line: writeDefinition(node) });
          break;
        case 'footnoteDefinition': {
          if (parent !== tree) unsupported('a footnote definition inside another block');
          const def = node as FootnoteDefinition;
          const start = def.position?.start.offset;
          const end = def.position?.end.offset;
          const raw = start === undefined || end === undefined ? '' : parsedSource(run).slice(start, end);
          if (!raw || BACKLESS.test(raw)) unsupported('a footnote definition holding a shortcode');
          info.footnoteDefs.push({
            id: def.identifier.toUpperCase(),
            label: def.label ?? def.identifier,
            raw,
          });
          break;
        }
        case 'footnoteReference':
          if (inDefinition) unsupported('a footnote reference inside a footnote definition');
          else {
            info.footnoteRefs.push({
              id: node.identifier.toUpperCase(),
              label: node.label ?? node.identifier,
            });
            run.refSites.push({ parent, index });
          }
          break;
        case 'heading': {
          if (inDefinition) unsupported('a heading inside a footnote definition');
          if (!rootScope) break;
          const data = (node.data ?? {}) as HeadingData;
          const explicit = data.hProperties?.id;
          const request: HeadingRequest =
            typeof explicit === 'string' ? { explicit } : { text: data.hugoIdText ?? '' };
          if (BACKLESS.test('explicit' in request ? request.explicit : request.text)) {
            unsupported('a shortcode in a heading');
          }
          info.headings.push(request);
          run.headingNodes.push(node);
          break;
        }
        case 'code':
          if (!info.codeLangs.includes(node.lang ?? '')) info.codeLangs.push(node.lang ?? '');
          break;
        case 'html':
          if (run.unsafe) run.openTags = trackTags(node.value, run.openTags);
          break;
      }
      if ('children' in node) {
        const scoped = (node.data as ScopeData | undefined)?.pwIdScope === true;
        walk(node, inDefinition || node.type === 'footnoteDefinition', rootScope && !scoped);
      }
    });
  };
  walk(tree, false, true);
  info.openAtEnd = checkOpenEnd(tree, run);
  // Raw HTML is re-parsed as one document when unsafe: a tag left open here would wrap later blocks.
  if (run.openTags === null || run.openTags.length > 0)
    unsupported('raw HTML that opens and closes in different blocks');
}

const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^>]*?)?(\/?)>/g;

/** The element names still open after `html` (given those open before it); null when a tag closes nothing. */
export function trackTags(html: string, open: string[] | null): string[] | null {
  if (open === null) return null;
  const stack = [...open];
  for (const m of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(TAG)) {
    const name = (m[2] ?? '').toLowerCase();
    if (VOID.has(name) || m[3] === '/') continue;
    if (m[1] !== '/') stack.push(name);
    else if (stack.pop() !== name) return null;
  }
  return stack;
}

/** Sets the post-wide ids on the block's headings before the pipeline's own numbering sees them. */
function assignHeadingIds(run: RunState): void {
  if (run.headingNodes.length === 0) return;
  const ids = run.ctx.headingIds(run.info.headings);
  run.used.headingIds = ids;
  if (!ids) return;
  run.headingNodes.forEach((heading, k) => {
    const request = run.info.headings[k];
    const id = ids[k];
    if (!request || 'explicit' in request || id === undefined) return;
    const data = (heading.data ??= {}) as HeadingData;
    data.hProperties = { ...data.hProperties, id };
  });
}

function dropFootnoteDefinitions(parent: Parent): void {
  parent.children = parent.children.filter((child) => {
    if (child.type === 'footnoteDefinition') return false;
    if ('children' in child) dropFootnoteDefinitions(child);
    return true;
  }) as Parent['children'];
}

/** References become goldmark's markup with post-wide numbers (as the pipeline's footnote plugin writes it). */
function applyFootnotes(tree: Root, run: RunState): void {
  const numbers = run.info.footnoteRefs.length > 0 ? run.ctx.footnotes(run.info.footnoteRefs) : [];
  run.used.footnotes = numbers;
  run.refSites.forEach(({ parent, index }, k) => {
    const ref = run.info.footnoteRefs[k] as FootnoteRef;
    const number = numbers[k] ?? null;
    let replacement: RootContent;
    if (!number) replacement = { type: 'text', value: `[^${ref.label}]` };
    else {
      const n = String(number.n);
      const link = hastElement('a', { href: `#fn:${n}`, className: ['footnote-ref'], role: 'doc-noteref' }, [
        t(n),
      ]);
      replacement = element('sup', { id: `fnref${number.r > 0 ? number.r : ''}:${n}` }, [link]);
    }
    parent.children[index] = replacement as Parent['children'][number];
  });
  dropFootnoteDefinitions(tree);
}

function pluginOf(entry: Pluggable): unknown {
  return Array.isArray(entry) ? entry[0] : entry;
}

/** Renders blocks for one set of options; null when the pipeline has changed shape and cannot be hooked. */
export interface BlockRenderer {
  render(text: string, ctx: BlockContext): BlockRender;
}

/** A block renderer for `options` (the page's params included). */
export function createBlockRenderer(options: RenderOptions, view?: ViewTransforms): BlockRenderer | null {
  const plugins = getMarkdownPlugins(options);
  const remark: PluggableList = [...plugins.remarkPlugins];
  const headingAt = remark.findIndex((p) => pluginOf(p) === remarkHeadingIds);
  const footnotesAt = remark.findIndex((p) => pluginOf(p) === remarkHugoFootnotes);
  if (headingAt < 0 || footnotesAt < headingAt) return null;
  let run: RunState | null = null;
  const current = (): RunState => {
    if (!run) throw new Error('block render state missing');
    return run;
  };
  remark.splice(footnotesAt, 0, () => (tree: Root) => applyFootnotes(tree, current()));
  remark.splice(
    headingAt,
    0,
    () => (tree: Root) => collect(tree, current()),
    () => () => assignHeadingIds(current()),
  );
  const rehype: PluggableList = [
    () => (tree: HastRoot) => {
      const state = current();
      if (state.ctx.laterDivider && tree.children[0]?.type === 'comment') {
        // The sacrificial divider, and the line break joining it to the block's own nodes.
        const joined = tree.children[1]?.type === 'text' && tree.children[1].value === '\n';
        tree.children.splice(0, joined ? 2 : 1);
      }
      state.present = tree.children.length > 0;
    },
    ...plugins.rehypePlugins,
    () => (tree: HastRoot) => {
      for (const transform of current().view) transform(tree);
    },
  ];
  const processor = unified()
    .use(remarkParse)
    .use(remark)
    .use(remarkRehype, plugins.remarkRehypeOptions)
    .use(rehype)
    .freeze() as unknown as Processor<Root, Root, HastRoot>;

  return {
    render(text, ctx) {
      const input = (ctx.laterDivider ? SACRIFICE : '') + ctx.prefix + text;
      const state: RunState = {
        ctx,
        view: view ? view(input, text.length - input.length, options) : [],
        unsafe: options.unsafe === true,
        openTags: [],
        input,
        prefixEnd: (ctx.laterDivider ? SACRIFICE_SOURCE_LENGTH : 0) + ctx.prefix.length,
        source: null,
        info: emptyInfo(),
        headingNodes: [],
        refSites: [],
        used: { headingIds: null, footnotes: [] },
        present: false,
      };
      run = state;
      try {
        const tree = processor.runSync(processor.parse(input)) as HastRoot;
        let html = toHtml(tree);
        if (ctx.firstDivider) {
          const at = html.indexOf(DIVIDER);
          if (at >= 0) html = html.slice(0, at) + html.slice(at + DIVIDER.length);
          // The divider closes a comment opened before it (`<!--<!--more-->`): render() then lets that comment
          // run on over the rest of the post, so this block alone cannot say what it shows.
          const before = input.slice(0, input.indexOf(DIVIDER));
          if (before.lastIndexOf('<!--') > before.lastIndexOf('-->'))
            state.info.unsupported ??= 'the summary divider closing an HTML comment';
        }
        return { html, present: state.present, info: state.info, used: state.used };
      } finally {
        run = null;
      }
    },
  };
}
