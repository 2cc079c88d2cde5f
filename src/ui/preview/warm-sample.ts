/**
 * One of each kind of block a post is made of (a shortcode, an image, lists, a table...): rendering them once,
 * while nothing else waits, compiles the code each takes through the pipeline, which the first render that
 * needs it would otherwise pay for. Used by the page's echo and by the render worker while it waits for its
 * first text.
 */
export const WARM_BLOCKS: readonly string[] = [
  '## A *warm* start {#warm}\n',
  'Some **text**, a [link](https://example.org "Title"), `code`, an ![image](photo.jpg) and "quotes" -- too...\n',
  '- a list item with _emphasis_\n- [x] a task, <https://example.org>\n',
  '1. first\n2. second\n',
  '> A quote, with a ~~strike~~.\n',
  '{{< figure src="photo.jpg" alt="A photo" caption="A *caption*" >}}\n',
  '| a | b |\n| - | -: |\n| 1 | 2 |\n',
  'Term <kbd>Ctrl</kbd><br>\n',
];

/** The blocks as a post, with front matter. */
export const WARM_POST = `---\ntitle: Warm\ndate: 2024-01-01T10:00:00+01:00\ntags: [a, b]\n---\n\n${WARM_BLOCKS.join('\n')}`;
