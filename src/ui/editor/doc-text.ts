/**
 * The editor's text as one string after each change, without CodeMirror's `doc.toString()`: that joins every
 * line anew (about 20 000 of them at 800 KB) on every keystroke. Here the previous string is spliced with the
 * change instead, which V8 does without copying; the string is flattened, once, by the first reader.
 */
import type { ChangeSet, Text } from '@codemirror/state';

/** `text` with `changes` applied (the changes must start from a document equal to `text`). */
export function applyChanges(text: string, changes: ChangeSet): string {
  let out = '';
  let pos = 0;
  changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    out += text.slice(pos, fromA) + inserted.toString();
    pos = toA;
  });
  return out + text.slice(pos);
}

/**
 * Follows one editor's text. `start` is the text it was created with; CodeMirror reads `\r\n` and `\r` as line
 * breaks and counts them as one `\n`, so such a text is taken from the document once instead.
 */
export class DocText {
  private text: string | null;

  constructor(start: string) {
    this.text = start.includes('\r') ? null : start;
  }

  /** Forget the text: the next change takes it from the document. */
  reset(): void {
    this.text = null;
  }

  /** The text after a change from `before` (the document the text followed so far) by `changes`. */
  next(before: Text, changes: ChangeSet, after: Text): string {
    this.text =
      this.text !== null && this.text.length === before.length
        ? applyChanges(this.text, changes)
        : after.toString();
    return this.text;
  }
}
