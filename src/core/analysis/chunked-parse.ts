/**
 * Pure: a post body's mdast, parsed a piece at a time, the same tree a parse of the whole body gives.
 *
 * micromark's time grows faster than the text (a parse of 400 KB took 3 s in Node, 800 KB 7.7 s: its event list
 * for the whole document is held while the tree is built), and the background worker parsed the whole body after
 * every pause in typing. Here the body is cut before ATX headings (`## …` at column 0, after a blank line,
 * outside fenced code and HTML blocks): such a line always starts a top-level block, since nothing open before
 * the blank line can take an unindented heading line. Each piece is parsed alone, its positions moved to where
 * it lies in the body, and the pieces' children joined: the time then grows with the text.
 *
 * Pieces are not kept between calls. Keeping them (so an edit parses one piece again: 0.5 s instead of 2.6 s for
 * the 800 KB bench post in Node) held the whole post's mdast in the background worker, and in the bench typing
 * into a freshly imported 800 KB post then lagged (keystroke median / p95 28 / 59 ms against 23 / 37 for the
 * sixth session's app and 23 / 45-49 without kept pieces, same hour).
 *
 * Link reference and footnote definitions reach across the whole document (`[text][ref]` is a link only if
 * `[ref]: …` is defined anywhere): each piece is parsed after a prefix that defines them all, whose nodes are
 * then dropped.
 */
import type { Nodes, Root } from 'mdast';
import type { Point, Position } from 'unist';
import { candidateCuts } from '../markdown/incremental/scan-blocks';

/** Parses a whole Markdown document to mdast (positions relative to its start). */
export type ParseMarkdown = (markdown: string) => Root;

/**
 * Pieces shorter than this are joined to the next one: each parse has a fixed cost (the prefix, the pipeline).
 * With 4 KB pieces the analysis of the 800 KB bench post took 7.4 s in the page's worker (188 parses; ~2 s in
 * Node) and was still running when the bench began typing, which then lagged.
 */
const MIN_PIECE = 16384;

const ATX_HEADING = /^#{1,6}(?:[ \t]|\r?\n|$)/;

/** Where `body` may be cut: offsets of piece starts after the first, in order. */
export function pieceStarts(body: string, minPiece = MIN_PIECE): number[] {
  const starts: number[] = [];
  let last = 0;
  for (const cut of candidateCuts(body, 0)) {
    if (cut - last < minPiece) continue;
    if (!ATX_HEADING.test(body.slice(cut, cut + 8))) continue;
    starts.push(cut);
    last = cut;
  }
  return starts;
}

function shiftPoint(point: Point, offset: number, lines: number): void {
  point.line += lines;
  if (point.offset !== undefined) point.offset += offset;
}

function shiftTree(node: Nodes, offset: number, lines: number): void {
  const position: Position | undefined = node.position;
  if (position) {
    shiftPoint(position.start, offset, lines);
    shiftPoint(position.end, offset, lines);
  }
  if ('children' in node) for (const child of node.children) shiftTree(child as Nodes, offset, lines);
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/** Each definition's label, for the prefix that makes a piece see it (`[label]: #`, `[^label]: #`). */
interface Defined {
  links: string[];
  notes: string[];
}

/** Labels that look defined (a line starting, perhaps in a container, with `[label]:`), for a first guess. */
const DEFINITION_LINE = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?\[((?:[^\]\\\n]|\\.)+)\]:/gm;

function guessDefined(body: string): Defined {
  const out: Defined = { links: [], notes: [] };
  if (!body.includes(']:')) return out;
  for (const m of body.matchAll(DEFINITION_LINE)) {
    const label = m[1] ?? '';
    if (label.startsWith('^')) out.notes.push(label.slice(1));
    else out.links.push(label);
  }
  return out;
}

/** What `tree` defines, as parsed. */
function definedIn(tree: Root): Defined {
  const out: Defined = { links: [], notes: [] };
  const walk = (node: Nodes): void => {
    if (node.type === 'definition') out.links.push(node.label ?? node.identifier);
    else if (node.type === 'footnoteDefinition') out.notes.push(node.label ?? node.identifier);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return out;
}

/** The text put before each piece: one definition per line, then a blank line ('' for none). */
function prefixOf(defined: Defined): { text: string; count: number; lines: number } {
  const links = [...new Set(defined.links)];
  const notes = [...new Set(defined.notes)];
  const lines = [...links.map((l) => `[${l}]: #`), ...notes.map((l) => `[^${l}]: #`)];
  if (lines.length === 0) return { text: '', count: 0, lines: 0 };
  // The empty comment ends the last footnote definition, which would otherwise take a piece's indented first
  // lines as its own.
  const text = `${lines.join('\n')}\n\n<!---->\n\n`;
  return { text, count: lines.length + 1, lines: countLines(text, 0, text.length) };
}

/**
 * The tree of `body` as `parse` would give it whole, parsed a piece at a time. Each piece is parsed after a prefix
 * of every definition in the body (so references resolve as in a whole parse): first those a line scan finds,
 * and again with those the parse found when the two differ.
 */
export function parseInPieces(body: string, parse: ParseMarkdown, minPiece = MIN_PIECE): Root {
  const starts = pieceStarts(body, minPiece);
  if (starts.length === 0) return parse(body);
  const bounds = [0, ...starts, body.length];
  const assemble = (defined: Defined): Root => {
    const prefix = prefixOf(defined);
    const root: Root = { type: 'root', children: [] };
    let line = 0;
    let end: Point | undefined;
    for (let i = 0; i + 1 < bounds.length; i++) {
      const from = bounds[i] as number;
      let to = bounds[i + 1] as number;
      let source = prefix.text + body.slice(from, to);
      let piece = parse(source);
      // A piece whose last block runs to its very end (fenced code or an HTML block still open: the line scan
      // was wrong about where it closed) goes on into the next: the two are parsed as one.
      while (i + 2 < bounds.length && piece.children.at(-1)?.position?.end.offset === source.length) {
        bounds.splice(i + 1, 1);
        to = bounds[i + 1] as number;
        source = prefix.text + body.slice(from, to);
        piece = parse(source);
      }
      const children = piece.children.slice(prefix.count);
      for (const child of children) shiftTree(child, from - prefix.text.length, line - prefix.lines);
      root.children.push(...children);
      end = piece.position?.end;
      if (end) shiftPoint(end, from - prefix.text.length, line - prefix.lines);
      line += countLines(body, from, to);
    }
    root.position = {
      start: { line: 1, column: 1, offset: 0 },
      end: end ?? { line: 1, column: 1, offset: 0 },
    };
    return root;
  };
  const guess = guessDefined(body);
  const root = assemble(guess);
  const found = definedIn(root);
  return prefixOf(found).text === prefixOf(guess).text ? root : assemble(found);
}
