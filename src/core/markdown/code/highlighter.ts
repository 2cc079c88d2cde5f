/**
 * Pure: colour code blocks with CodeMirror's Lezer parsers, loaded lazily per language, so the first bundle
 * carries none of them. `render` stays synchronous: a block whose language is not loaded yet comes out
 * uncoloured, and the UI calls `loadCodeLanguages(codeLanguagesIn(text))` then renders again.
 *
 * CodeMirror's language list (and with it `@codemirror/language`, `view` and `state`: ~700 KB of source) is
 * imported with the first language asked for, not with this module: the render worker boots without it, and a
 * post without code never loads it.
 */
import type { LanguageDescription } from '@codemirror/language';
import type { Parser } from '@lezer/common';
import { highlightCode, tags, tagHighlighter } from '@lezer/highlight';
import type { ElementContent } from 'hast';

/** Fence names Chroma knows under another name than CodeMirror's language list. */
const ALIASES: Record<string, string> = {
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
  console: 'shell',
  'shell-session': 'shell',
  golang: 'go',
  'go-html-template': 'html',
  'go-text-template': '',
  js: 'javascript',
  ts: 'typescript',
  yml: 'yaml',
  md: 'markdown',
  py: 'python',
  rb: 'ruby',
  rs: 'rust',
  'c++': 'c++',
  cpp: 'c++',
  ini: 'properties files',
  text: '',
  txt: '',
  plaintext: '',
};

const loaded = new Map<string, Parser>();
const failed = new Set<string>();

/** The name CodeMirror's language list knows `lang` by; null for fences that are plain text. */
function nameOf(lang: string): string | null {
  const key = lang.toLowerCase();
  const name = key in ALIASES ? ALIASES[key] : key;
  return name || null;
}

let catalogue: Promise<{ match(name: string): LanguageDescription | null }> | null = null;

/** CodeMirror's language list, loaded once, on first use. */
function languageCatalogue() {
  return (catalogue ??= Promise.all([
    import('@codemirror/language'),
    import('@codemirror/language-data'),
  ]).then(([{ LanguageDescription: Description }, { languages }]) => ({
    match: (name: string) => Description.matchLanguageName(languages, name, false),
  })));
}

/** The languages named by the code fences and `highlight` shortcodes of `markdown`, each once. */
export function codeLanguagesIn(markdown: string): string[] {
  const found = new Set<string>();
  for (const m of markdown.matchAll(/^[ \t>]*(?:`{3,}|~{3,})[ \t]*\{?[ \t]*([\w+#.-]+)/gm)) {
    if (m[1]) found.add(m[1].toLowerCase());
  }
  for (const m of markdown.matchAll(/\{\{[<%]\s*highlight\s+"?([\w+#.-]+)/g)) {
    if (m[1]) found.add(m[1].toLowerCase());
  }
  return [...found];
}

/** Load the parsers for `langs` (unknown names are skipped). Resolves once all are in; never rejects. */
export async function loadCodeLanguages(langs: string[]): Promise<void> {
  const wanted = langs
    .map((lang) => lang.toLowerCase())
    .filter((key) => !loaded.has(key) && !failed.has(key));
  for (const key of wanted) if (nameOf(key) === null) failed.add(key);
  if (!wanted.some((key) => !failed.has(key))) return;
  let list;
  try {
    list = await languageCatalogue();
  } catch {
    // Offline, say: these stay uncoloured until the page loads again (asking again at once would only fail).
    catalogue = null;
    for (const key of wanted) failed.add(key);
    return;
  }
  await Promise.all(
    wanted.map(async (key) => {
      if (loaded.has(key) || failed.has(key)) return;
      const description = list.match(nameOf(key) as string);
      if (!description) {
        failed.add(key);
        return;
      }
      try {
        const support = await description.load();
        loaded.set(key, support.language.parser);
      } catch {
        failed.add(key);
      }
    }),
  );
}

/** True when `lang` can be coloured right now. */
export function isCodeLanguageLoaded(lang: string): boolean {
  return loaded.has(lang.toLowerCase());
}

/**
 * True when `lang` is not loaded and loading it has not failed (it is unknown, plain text, or its parser did not
 * come): worth asking `loadCodeLanguages` for. A renderer that asked for a language that then failed must not
 * ask again, or it renders its code blocks again for ever.
 */
export function isCodeLanguageMissing(lang: string): boolean {
  const key = lang.toLowerCase();
  return !loaded.has(key) && !failed.has(key);
}

/** Monokai-like colours (Hugo's default style), written as inline styles so no stylesheet is needed. */
const monokai = tagHighlighter([
  { tag: [tags.keyword, tags.operatorKeyword, tags.modifier, tags.controlKeyword], class: 'color:#66d9ef' },
  { tag: [tags.definitionKeyword, tags.moduleKeyword], class: 'color:#f92672' },
  { tag: [tags.string, tags.special(tags.string), tags.regexp], class: 'color:#e6db74' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], class: 'color:#ae81ff' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], class: 'color:#75715e' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], class: 'color:#a6e22e' },
  { tag: [tags.definition(tags.variableName), tags.className, tags.typeName], class: 'color:#a6e22e' },
  { tag: [tags.tagName, tags.operator], class: 'color:#f92672' },
  { tag: [tags.attributeName, tags.propertyName], class: 'color:#a6e22e' },
]);

/** The coloured tokens of `code` as hast nodes (lines end with `\n` text), or null when not loaded. */
export function highlightToHast(code: string, lang: string): ElementContent[] | null {
  const parser = loaded.get(lang.toLowerCase());
  if (!parser) return null;
  const out: ElementContent[] = [];
  try {
    highlightCode(
      code,
      parser.parse(code),
      monokai,
      (text, style) => {
        out.push(
          style
            ? {
                type: 'element',
                tagName: 'span',
                properties: { style },
                children: [{ type: 'text', value: text }],
              }
            : { type: 'text', value: text },
        );
      },
      () => out.push({ type: 'text', value: '\n' }),
    );
  } catch {
    return null;
  }
  return out;
}
