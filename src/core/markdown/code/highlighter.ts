/**
 * Pure: colour code blocks with CodeMirror's Lezer parsers, loaded lazily per language, so the first bundle
 * carries none of them. `render` stays synchronous: a block whose language is not loaded yet comes out
 * uncoloured, and the UI calls `loadCodeLanguages(codeLanguagesIn(text))` then renders again.
 */
import { LanguageDescription } from '@codemirror/language';
import { languages } from '@codemirror/language-data';
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

function describe(lang: string): LanguageDescription | null {
  const key = lang.toLowerCase();
  const name = key in ALIASES ? ALIASES[key] : key;
  if (!name) return null;
  return LanguageDescription.matchLanguageName(languages, name, false);
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
  await Promise.all(
    langs.map(async (lang) => {
      const key = lang.toLowerCase();
      if (loaded.has(key) || failed.has(key)) return;
      const description = describe(key);
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
