import { describe, expect, it, vi } from 'vitest';
import type * as LanguageData from '@codemirror/language-data';

// Records when CodeMirror's language list is first imported (the real one is used).
const imported = vi.hoisted(() => ({ languageData: false }));
vi.mock('@codemirror/language-data', async (importOriginal) => {
  imported.languageData = true;
  return importOriginal<typeof LanguageData>();
});

describe('code highlighter', () => {
  it('imports CodeMirror’s language list with the first language asked for, not with itself', async () => {
    const { codeLanguagesIn, highlightToHast, isCodeLanguageLoaded, loadCodeLanguages } =
      await import('./highlighter');
    expect(codeLanguagesIn('```go\nfunc main() {}\n```\n')).toEqual(['go']);
    await loadCodeLanguages(['text', 'plaintext']); // plain text needs no parser
    expect(imported.languageData).toBe(false);

    await loadCodeLanguages(['go', 'no-such-language']);
    expect(imported.languageData).toBe(true);
    expect(isCodeLanguageLoaded('go')).toBe(true);
    expect(isCodeLanguageLoaded('no-such-language')).toBe(false);
    const tokens = highlightToHast('func main() {}\n', 'go');
    expect(JSON.stringify(tokens)).toContain('color:');
  });
});
