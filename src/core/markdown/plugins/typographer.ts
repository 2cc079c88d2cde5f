/**
 * Pure: goldmark's typographer rules (extension/typographer.go as in goldmark 1.5, which Hugo 0.111 ships).
 *
 * Goldmark decides while it reads the source: a quote's kind depends on the raw characters before and after it
 * (emphasis markers and link brackets included) and on the quotes still open in the same block.
 */

const LSQUO = '\u2018';
const RSQUO = '\u2019';
const LDQUO = '\u201c';
const RDQUO = '\u201d';

/** goldmark's util.IsSpaceRune: ASCII space bytes or Unicode white space. */
function isSpaceRune(c: string): boolean {
  return c === '' || /^\s$/u.test(c);
}

/** goldmark's util.IsPunctRune: ASCII punctuation (symbols included) or Unicode punctuation. */
function isPunctRune(c: string): boolean {
  return /^[!-/:-@[-`{-~]$/.test(c) || /^\p{P}$/u.test(c);
}

/** Go's unicode.IsPunct. */
function isUnicodePunct(c: string): boolean {
  return /^\p{P}$/u.test(c);
}

function isLetter(c: string): boolean {
  return /^\p{L}$/u.test(c);
}

function isDigit(c: string): boolean {
  return /^\p{Nd}$/u.test(c);
}

/** goldmark's util.IsPunct / util.IsSpace on one byte (`b` undefined past the end). */
function isPunctByte(b: number | undefined): boolean {
  return b !== undefined && b < 0x80 && /^[!-/:-@[-`{-~]$/.test(String.fromCharCode(b));
}

function isSpaceByte(b: number | undefined): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0b || b === 0x0c || b === 0x0d;
}

/** The code point at `at` in `s` as a string ('' past the end). */
function charAt(s: string, at: number): string {
  const cp = s.codePointAt(at);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** The rune before `at` (goldmark's PrecendingCharacter): '\n' at the start of the block's first line. */
function runeBefore(source: string, at: number, block: BlockRange): string {
  if (at <= block.start) return '\n';
  const low = source.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) return charAt(source, at - 2);
  return source[at - 1] ?? '\n';
}

/** Where a block's inline content lies in the source, and its open-quote counters (reset per block). */
export interface BlockRange {
  start: number;
  end: number;
  single: number;
  double: number;
}

/** How much of a line the rules look at: they only ever compare its length with small numbers. */
const WINDOW = 64;

/**
 * The rest of the line from `at`, as goldmark's PeekLine gives it (with its '\n', except on the block's last
 * line), cut to WINDOW characters so that long lines cost nothing; `long` says it was cut.
 */
function peekLine(source: string, at: number, block: BlockRange): { line: string; long: boolean } {
  const limit = Math.min(block.end, at + WINDOW + 1);
  const nl = source.indexOf('\n', at);
  if (nl >= 0 && nl < limit) return { line: source.slice(at, nl + 1), long: false };
  if (limit < block.end) return { line: source.slice(at, limit), long: true };
  return { line: source.slice(at, block.end).replace(/[ \t\r\n]+$/, ''), long: false };
}

const encoder = new TextEncoder();

/**
 * What goldmark's typographer makes of the source at `at`: the replacement and how many chars it takes, or
 * null. Updates the block's open-quote counters, so call it once per character, left to right.
 */
export function substitute(source: string, at: number, block: BlockRange): [string, number] | null {
  const { line, long } = peekLine(source, at, block);
  const bytes = encoder.encode(line.slice(0, 8));
  const len = long ? 4 * WINDOW : encoder.encode(line).length;
  const c = line[0];
  if (len > 2) {
    if (c === '-' && line[1] === '-' && line[2] === '-') return ['\u2014', 3];
    if (c === '.') return line[1] === '.' && line[2] === '.' ? ['\u2026', 3] : null;
  }
  if (len > 1) {
    if (c === '<') return line[1] === '<' ? ['\u00ab', 2] : null;
    if (c === '>') return line[1] === '>' ? ['\u00bb', 2] : null;
    if (c === '-' && line[1] === '-') return ['\u2013', 2];
  }
  if (c !== "'" && c !== '"') return null;
  const before = runeBefore(source, at, block);
  let j = 0;
  while (j < line.length && line[j] === c) j++;
  const after = j < line.length ? charAt(line, j) : ' ';
  const beforePunct = isPunctRune(before);
  const beforeSpace = isSpaceRune(before);
  const afterPunct = isPunctRune(after);
  const afterSpace = isSpaceRune(after);
  const canOpen = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
  const canClose = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
  const next = charAt(line, 1);
  const maybeCloseTail =
    canClose &&
    canOpen &&
    len > 1 &&
    isUnicodePunct(next) &&
    (len === 2 || (len > 2 && isPunctByte(bytes[2])) || isSpaceByte(bytes[2]));
  if (c === "'") {
    if (canOpen && !canClose && len > 3 && /^[0-9]{2}s$/.test(line.slice(1, 4))) {
      const after4 = len > 4 ? charAt(line, 4) : ' ';
      if (len === 3 || isSpaceRune(after4) || isPunctRune(after4)) return [RSQUO, 1];
    }
    if (len > 1 && (isUnicodePunct(before) || /^\s$/u.test(before)) && /^[tenl]$/.test(line[1] ?? ''))
      return [RSQUO, 1];
    if (len > 1 && (isDigit(before) || isLetter(before)) && isLetter(next)) return [RSQUO, 1];
    if (canOpen && !canClose) {
      let right = false;
      if (
        len > 1 &&
        /^[smtd]$/.test(line[1] ?? '') &&
        (len < 3 || isPunctByte(bytes[2]) || isSpaceByte(bytes[2]))
      )
        right = true;
      if (
        len > 2 &&
        /^(ve|ll|re)$/.test(line.slice(1, 3)) &&
        (len < 4 || isPunctByte(bytes[3]) || isSpaceByte(bytes[3]))
      )
        right = true;
      if (!right) block.single++;
      return [right ? RSQUO : LSQUO, 1];
    }
    // goldmark's "plural possessives" rule, operator precedence included: any later quote with two more bytes.
    if (len > 2 && !isDigit(next)) return [RSQUO, 1];
    if (block.single > 0 && ((canClose && !canOpen) || maybeCloseTail)) {
      block.single--;
      return [RSQUO, 1];
    }
    return null;
  }
  if (canOpen && !canClose) {
    block.double++;
    return [LDQUO, 1];
  }
  if (block.double > 0 && ((canClose && !canOpen) || maybeCloseTail)) {
    if (len > 1 && line[1] === '"' && isDigit(before)) return null;
    block.double--;
    return [RDQUO, 1];
  }
  return null;
}
