/**
 * Bench posts of a given size, made from the team's own sample post (src/core/post/sample-post.ts): its front
 * matter once, then its body repeated as numbered parts (footnote labels made unique per part, the summary
 * divider only in the first), cut at a paragraph break near the target size. A marker word sits in a paragraph
 * in the middle: the bench puts the caret right after it and types there.
 */
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

/** The word the caret is placed after; typed letters join it, so the preview shows `MARKER + typed`. */
export const MARKER = 'Caretmark';

/** The sample post's text, read from its TypeScript module (compiled on the fly, no build step). */
export async function loadSamplePost(root) {
  const source = await readFile(new URL('src/core/post/sample-post.ts', root), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  if (typeof mod.SAMPLE_POST !== 'string') throw new Error('sample-post.ts no longer exports SAMPLE_POST');
  return mod.SAMPLE_POST;
}

function splitSample(sample) {
  const m = /^---\n[\s\S]*?\n---\n/.exec(sample);
  if (!m) throw new Error('The sample post has no YAML front matter');
  return { front: m[0], body: sample.slice(m[0].length) };
}

function part(body, n) {
  let text = body.replace(/\[\^([^\]\s]+)\]/g, (_m, label) => `[^p${n}${label}]`);
  if (n > 0) text = text.replace('<!--more-->\n', '');
  return `\n## Part ${n + 1}\n${text}`;
}

/**
 * A post of about `bytes` UTF-8 bytes (never under it by more than one paragraph), with MARKER in a paragraph
 * near the middle. Returns the text and where the caret goes (right after the marker).
 */
export function makePost(sample, bytes) {
  const { front, body } = splitSample(sample);
  const title = `Bench post of ${Math.round(bytes / 1024)} KB`;
  const head = front.replace(/^title: .*$/m, `title: "${title}"`);
  const parts = [];
  let size = Buffer.byteLength(head);
  for (let n = 0; size < bytes; n++) {
    const p = part(body, n);
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  let text = head + parts.join('');
  // Cut back to the last paragraph break at or after the target.
  const cut = text.indexOf('\n\n', bytes - 1);
  if (cut > 0) text = text.slice(0, cut + 1);
  // The marker paragraph at a paragraph break near the middle (the sample has no blank line inside code).
  const mid = text.indexOf('\n\n', Math.floor(text.length / 2));
  const insert = `\n\nThe bench types right after this word: ${MARKER}\n`;
  text = text.slice(0, mid) + insert + text.slice(mid);
  return { text, title, caret: text.indexOf(MARKER) + MARKER.length };
}
