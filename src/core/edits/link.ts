/**
 * Pure: insert a Markdown link or image at the selection, leaving the part still to be typed selected.
 *
 * A selected URL (or, for an image, a file path) becomes the target (`[‸text](https://…)` with "text" selected); other selected text becomes the
 * link text (or the image's alt text) with the placeholder `url` selected; nothing selected gives both
 * placeholders with the text (or alt) selected first.
 */
import { rangeOf, type EditCommand } from './types';

const URL_LIKE = /^(https?:\/\/|mailto:|\/|\.\.?\/|#)\S*$/i;
const IMAGE_PATH = /^\S+\.(png|jpe?g|gif|webp|avif|svg)$/i;

function insertTarget(image: boolean): EditCommand {
  return (text, selection) => {
    const { from, to } = rangeOf(selection);
    const selected = text.slice(from, to);
    const bang = image ? '!' : '';
    const label = image ? 'alt text' : 'text';
    const trimmed = selected.trim();
    if (
      trimmed &&
      !trimmed.includes('\n') &&
      (URL_LIKE.test(trimmed) || (image && IMAGE_PATH.test(trimmed)))
    ) {
      const insert = `${bang}[${label}](${trimmed})`;
      const start = from + bang.length + 1;
      return { changes: [{ from, to, insert }], selection: { anchor: start, head: start + label.length } };
    }
    if (selected) {
      const insert = `${bang}[${selected}](url)`;
      const start = from + bang.length + selected.length + 3;
      return { changes: [{ from, to, insert }], selection: { anchor: start, head: start + 3 } };
    }
    const insert = `${bang}[${label}](url)`;
    const start = from + bang.length + 1;
    return { changes: [{ from, to, insert }], selection: { anchor: start, head: start + label.length } };
  };
}

/** `[text](url)` around or in place of the selection. */
export const insertLink: EditCommand = insertTarget(false);

/** `![alt text](url)` around or in place of the selection. */
export const insertImage: EditCommand = insertTarget(true);
