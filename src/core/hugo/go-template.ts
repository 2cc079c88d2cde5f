/**
 * Pure: a small evaluator for the Go template actions archetypes use: field chains (`.File.ContentBaseName`),
 * string and number literals, pipelines (`x | title`), parentheses and a handful of functions. It does not run
 * control structures (`if`, `range`, `with`): an action it cannot evaluate is reported, never guessed.
 */

/** A template value. */
export type TemplateValue = string | number | boolean | Date;

/** What an action can see: fields (by their dotted path, `.Date`, `.File.Path`) and functions by name. */
export interface TemplateScope {
  field(path: string): TemplateValue | undefined;
  call(name: string, args: TemplateValue[]): TemplateValue | undefined;
}

type Token =
  | { t: 'field'; v: string }
  | { t: 'ident'; v: string }
  | { t: 'lit'; v: TemplateValue }
  | { t: 'pipe' | 'open' | 'close' };

class EvalError extends Error {}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '|') {
      out.push({ t: 'pipe' });
      i++;
    } else if (ch === '(' || ch === ')') {
      out.push({ t: ch === '(' ? 'open' : 'close' });
      i++;
    } else if (ch === '"') {
      const m = /^"((?:[^"\\]|\\.)*)"/.exec(src.slice(i));
      if (!m) throw new EvalError('unclosed string');
      out.push({ t: 'lit', v: JSON.parse(m[0]) as string });
      i += m[0].length;
    } else if (ch === '`') {
      const end = src.indexOf('`', i + 1);
      if (end < 0) throw new EvalError('unclosed string');
      out.push({ t: 'lit', v: src.slice(i + 1, end) });
      i = end + 1;
    } else {
      const m = /^[^\s|()"`]+/.exec(src.slice(i));
      const word = m?.[0] ?? ch;
      i += word.length;
      if (word.startsWith('.')) out.push({ t: 'field', v: word });
      else if (/^-?\d+(\.\d+)?$/.test(word)) out.push({ t: 'lit', v: Number(word) });
      else if (word === 'true' || word === 'false') out.push({ t: 'lit', v: word === 'true' });
      else out.push({ t: 'ident', v: word });
    }
  }
  return out;
}

/** Evaluate one action's text (without the braces). Throws only inside; returns undefined when it cannot. */
export function evaluateAction(src: string, scope: TemplateScope): TemplateValue | undefined {
  try {
    const tokens = tokenize(src);
    let pos = 0;
    const operand = (): TemplateValue => {
      const token = tokens[pos++];
      if (!token) throw new EvalError('missing value');
      if (token.t === 'lit') return token.v;
      if (token.t === 'field') {
        const value = scope.field(token.v);
        if (value === undefined) throw new EvalError(`unknown field ${token.v}`);
        return value;
      }
      if (token.t === 'open') {
        const value = pipeline();
        if (tokens[pos++]?.t !== 'close') throw new EvalError('missing )');
        return value;
      }
      if (token.t === 'ident') return command(token.v, []);
      throw new EvalError('unexpected token');
    };
    const command = (name: string, piped: TemplateValue[]): TemplateValue => {
      const args: TemplateValue[] = [];
      while (pos < tokens.length && tokens[pos]?.t !== 'pipe' && tokens[pos]?.t !== 'close')
        args.push(operand());
      const value = scope.call(name, [...args, ...piped]);
      if (value === undefined) throw new EvalError(`unknown function ${name}`);
      return value;
    };
    const pipeline = (): TemplateValue => {
      let value = operand();
      while (tokens[pos]?.t === 'pipe') {
        pos++;
        const next = tokens[pos++];
        if (next?.t !== 'ident') throw new EvalError('a pipe needs a function');
        value = command(next.v, [value]);
      }
      return value;
    };
    const value = pipeline();
    if (pos !== tokens.length) throw new EvalError('unexpected text');
    return value;
  } catch (e) {
    if (e instanceof EvalError || e instanceof SyntaxError) return undefined;
    throw e;
  }
}

/** What executing a template gave: the text, and the actions left as written because they could not run. */
export interface TemplateOutput {
  text: string;
  unresolved: string[];
}

// `{{` not starting a shortcode (`{{<`, `{{%`), optional trim markers, lazily up to the first `}}`.
const ACTION = /\{\{(?![<%])(-[ \t\r\n])?([\s\S]*?)([ \t\r\n]-)?\}\}/g;

/**
 * Execute `template`: comments go, evaluable actions are replaced by their value (`format` turns values into
 * text), trim markers (`{{-`, `-}}`) eat the whitespace beside them, shortcodes are left alone.
 */
export function executeTemplate(
  template: string,
  scope: TemplateScope,
  format: (value: TemplateValue) => string,
): TemplateOutput {
  const unresolved: string[] = [];
  let out = '';
  let last = 0;
  let trimNext = false;
  for (const m of template.matchAll(ACTION)) {
    let before = template.slice(last, m.index);
    if (trimNext) before = before.replace(/^\s+/, '');
    if (m[1]) before = before.replace(/\s+$/, '');
    out += before;
    const body = (m[2] ?? '').trim();
    if (!(body.startsWith('/*') && body.endsWith('*/'))) {
      const value = evaluateAction(body, scope);
      if (value === undefined) {
        unresolved.push(m[0]);
        out += m[0];
      } else {
        out += format(value);
      }
    }
    trimNext = Boolean(m[3]);
    last = m.index + m[0].length;
  }
  let rest = template.slice(last);
  if (trimNext) rest = rest.replace(/^\s+/, '');
  return { text: out + rest, unresolved };
}
