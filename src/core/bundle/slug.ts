/**
 * Pure: a post's slug from its title, the way Hugo's `urlize` makes one.
 *
 * Hugo lower-cases, turns spaces into `-`, keeps letters, marks and digits of any script plus `. _ - + ~`, and
 * drops everything else (so `KubeCon EU 2024: Paris` becomes `kubecon-eu-2024-paris`; `a - b` becomes `a---b`,
 * as Hugo does). For a file name we also drop `/ \ # %`, which Hugo keeps for paths but which do not belong in a
 * slug, and trim leading/trailing dots and dashes so the result is a safe file name.
 */
export function slugify(title: string): string {
  let out = '';
  for (const ch of title.normalize('NFC').toLowerCase()) {
    if (/[\p{L}\p{M}\p{N}]/u.test(ch) || ch === '.' || ch === '_' || ch === '-' || ch === '+' || ch === '~') {
      out += ch;
    } else if (/\s/u.test(ch)) {
      out += '-';
    }
  }
  out = out.replace(/^[.-]+|[.-]+$/g, '');
  return out;
}

/** The file name a post exports to: `<slug>.md`, or `untitled.md` when the title gives nothing. */
export function exportFileName(title: string, fallback = 'untitled'): string {
  const slug = slugify(title);
  return `${slug || fallback}.md`;
}
