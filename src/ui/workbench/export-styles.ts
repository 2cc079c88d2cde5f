/**
 * The stylesheet an exported HTML file carries inline: the preview's blog typography, light and dark by the
 * reader's system preference, with no external resources.
 */
export const EXPORT_CSS = `
:root { color-scheme: light dark; --text: #1f2328; --muted: #5f6670; --bg: #ffffff; --border: #d9dce1;
  --accent: #2457a6; --code-bg: #f3f4f6; }
@media (prefers-color-scheme: dark) { :root { --text: #e6e8eb; --muted: #a0a7b1; --bg: #1d2025;
  --border: #343a42; --accent: #6ea0ff; --code-bg: #24282f; } }
html { background: var(--bg); color: var(--text); }
body { margin: 0; }
.post { max-width: 44rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; font-family: Georgia, 'Iowan Old Style',
  'Times New Roman', serif; font-size: 1.08rem; line-height: 1.7; }
.post-head__title { font-size: 2.1rem; line-height: 1.2; margin: 0.4rem 0 0.3rem; }
.post-head__meta, .post-head__terms { color: var(--muted); font: 0.9rem system-ui, sans-serif; }
.post-head__terms { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.35rem; }
.post-head__terms li { padding: 0.05rem 0.5rem; border: 1px solid var(--border); border-radius: 999px; }
.post-head__description { color: var(--muted); font-style: italic; }
.post-body h1, .post-body h2, .post-body h3, .post-body h4 { line-height: 1.25; font-family: system-ui, sans-serif; }
.post-body img { max-width: 100%; height: auto; }
.post-body a { color: var(--accent); }
.post-body pre { background: var(--code-bg); padding: 0.8rem 1rem; border-radius: 6px; overflow: auto;
  font-size: 0.88rem; line-height: 1.5; }
.post-body code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.9em; }
.post-body :not(pre) > code { background: var(--code-bg); padding: 0.1em 0.3em; border-radius: 4px; }
.post-body blockquote { margin: 1rem 0; padding: 0 1rem; border-left: 4px solid var(--border); color: var(--muted); }
.post-body table { border-collapse: collapse; margin: 1rem 0; }
.post-body th, .post-body td { border: 1px solid var(--border); padding: 0.3rem 0.6rem; }
.post-body hr { border: 0; border-top: 1px solid var(--border); margin: 2rem 0; }
.post-body .footnotes { font-size: 0.9rem; color: var(--muted); }
`;
