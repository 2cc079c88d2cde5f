/**
 * Pure: a copy of a Markdown body with its code blanked out (every character of fenced code blocks and inline
 * code spans replaced by a space, line breaks kept), so that scanning it for images and links never finds an
 * example written inside code, and every offset still points at the same character of the original.
 *
 * A linear scan rather than a full Markdown parse: it runs on every pause in typing, on posts of any size.
 * Indented code blocks are not blanked (telling them from list continuations needs a full parse); a reference
 * inside one is then counted, which errs on the side of keeping an image.
 */

const FENCE_OPEN = /^((?:[ \t]*>)*[ \t]*)(`{3,}|~{3,})([^\n]*)$/;

function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

/** `body` with fenced code blocks and inline code spans blanked. */
export function maskCode(body: string): string {
  const chars = body.split('');
  const fenced: [number, number][] = [];
  let fence: { char: string; length: number; start: number } | null = null;
  let pos = 0;
  while (pos <= body.length) {
    const nl = body.indexOf('\n', pos);
    const end = nl < 0 ? body.length : nl;
    const line = body.slice(pos, end).replace(/\r$/, '');
    if (fence) {
      const close = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (close?.[1] && close[1][0] === fence.char && close[1].length >= fence.length) {
        fenced.push([fence.start, end]);
        fence = null;
      }
    } else {
      const open = FENCE_OPEN.exec(line);
      const marks = open?.[2];
      if (marks && !(marks[0] === '`' && (open?.[3] ?? '').includes('`'))) {
        fence = { char: marks[0] ?? '`', length: marks.length, start: pos };
      }
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  if (fence) fenced.push([fence.start, body.length]);
  for (const [from, to] of fenced) blank(chars, from, to);
  maskInlineCode(body, chars, fenced);
  return chars.join('');
}

/** Blank inline code spans: a run of N backticks up to the next run of exactly N, within one paragraph. */
function maskInlineCode(body: string, chars: string[], fenced: [number, number][]): void {
  let fenceIndex = 0;
  let i = body.indexOf('`');
  while (i >= 0) {
    while (fenceIndex < fenced.length && (fenced[fenceIndex]?.[1] ?? 0) <= i) fenceIndex++;
    const inFence = fenceIndex < fenced.length && (fenced[fenceIndex]?.[0] ?? Infinity) <= i;
    let run = 1;
    while (body[i + run] === '`') run++;
    const escaped = countBackslashes(body, i) % 2 === 1;
    if (inFence || escaped) {
      i = body.indexOf('`', i + run);
      continue;
    }
    const paragraphEnd = nextBlankLine(body, i + run);
    let close = body.indexOf('`', i + run);
    let found = -1;
    while (close >= 0 && close < paragraphEnd) {
      let closeRun = 1;
      while (body[close + closeRun] === '`') closeRun++;
      if (closeRun === run) {
        found = close;
        break;
      }
      close = body.indexOf('`', close + closeRun);
    }
    if (found < 0) {
      i = body.indexOf('`', i + run);
      continue;
    }
    blank(chars, i, found + run);
    i = body.indexOf('`', found + run);
  }
}

function countBackslashes(text: string, at: number): number {
  let n = 0;
  while (text[at - 1 - n] === '\\') n++;
  return n;
}

function nextBlankLine(text: string, from: number): number {
  const match = /\n[ \t]*\r?\n/g;
  match.lastIndex = from;
  const found = match.exec(text);
  return found ? found.index : text.length;
}
