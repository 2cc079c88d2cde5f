/**
 * Pure: the types shared by the front matter reader, the field model and the editors.
 */
import type { FrontMatterFormat } from '../post/split-post';

export type { FrontMatterFormat };

/** A parser's complaint, placed in the whole post's text (1-based line and column). */
export interface ParseProblem {
  message: string;
  line: number;
  column: number;
}

/** Something the reader accepted but that the author probably wants to know (a duplicate key, say). */
export interface FrontMatterWarning {
  message: string;
  line?: number;
  column?: number;
}

/** What reading a post's front matter gave. `data` is what Hugo would see as `.Params` (keys as written). */
export type FrontMatterRead =
  | {
      ok: true;
      format: FrontMatterFormat | null;
      data: Record<string, unknown>;
      warnings: FrontMatterWarning[];
    }
  | {
      ok: false;
      format: FrontMatterFormat;
      error: ParseProblem;
      warnings: FrontMatterWarning[];
    };

/** How the form shows a field. */
export type FieldKind = 'text' | 'boolean' | 'date' | 'list' | 'number' | 'other';

/** One row of the front matter form, derived from the text. */
export interface FieldView {
  key: string;
  kind: FieldKind;
  /** text: the string; boolean; number; date: the date text exactly as written; list: the strings. */
  value: string | boolean | number | string[] | null;
  /** For 'other': the value as YAML (nested maps and mixed lists); for the rest, a plain display string. */
  display: string;
}

/** What a person set in the form, to be written into the text. */
export type FieldInput =
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'number'; value: number }
  /** `value` is the complete date text to write, e.g. `2024-03-27T17:00:00+08:00`. */
  | { kind: 'date'; value: string }
  | { kind: 'list'; value: string[] }
  /** A value typed as YAML in the generic row (nested maps, lists of maps ...). */
  | { kind: 'other'; yaml: string };

/** One replacement in the post's text; CodeMirror's ChangeSpec has the same shape. */
export interface TextChange {
  from: number;
  to: number;
  insert: string;
}

/** The edit as changes to apply, or why it cannot be done (the text is then left alone). */
export type EditResult = { ok: true; changes: TextChange[] } | { ok: false; message: string };
