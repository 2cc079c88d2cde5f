/**
 * Site settings: the goldmark switches a Hugo site sets under `markup.goldmark` (raw HTML, the typographer,
 * the heading id style, heading attributes). Every render follows them: the preview, the counts and page values
 * in the background worker, the outline, and Export HTML. When the open site folder's configuration sets any of
 * them, the dialog says so and offers to use the site's values.
 */
import { useStore } from 'zustand';
import { useId } from 'react';
import { useStores, useSettings } from '../app/stores-context';
import type { HeadingIdStyle } from '../../core/markdown/options';
import { siteMarkdownChanges, type SiteMarkdown } from '../../core/hugo/site-markdown';
import { renderOptionsOf } from '../../state/settings-store';
import { ModalDialog } from './modal-dialog';

const HEADING_STYLES: { value: HeadingIdStyle; label: string }[] = [
  { value: 'github', label: 'GitHub (Unicode kept)' },
  { value: 'github-ascii', label: 'GitHub, ASCII only' },
  { value: 'blackfriday', label: 'Blackfriday' },
];

/** The site settings dialog. */
export function SiteSettingsDialog({ onClose }: { onClose(): void }) {
  const stores = useStores();
  const unsafeHtml = useSettings((s) => s.unsafeHtml);
  const typographer = useSettings((s) => s.typographer);
  const headingIds = useSettings((s) => s.headingIds);
  const headingAttributes = useSettings((s) => s.headingAttributes);
  const folder = useStore(stores.site, (s) => s.folder);
  const settings = stores.settings.getState();
  const id = useId();
  const current = { unsafeHtml, typographer, headingIds, headingAttributes };

  return (
    <ModalDialog title="Site settings" onClose={onClose} className="appearance site-settings">
      <fieldset className="appearance__group">
        <legend>Markdown (Hugo goldmark)</legend>
        <p className="appearance__note">
          Set these as your site&rsquo;s <code>markup.goldmark</code> configuration has them, so the preview,
          the counts and Export HTML match what Hugo publishes. Hugo&rsquo;s defaults: typographer on, GitHub
          heading ids, heading attributes on, raw HTML omitted.
        </p>
        <label className="appearance__choice">
          <input
            type="checkbox"
            checked={typographer}
            aria-describedby={`${id}-typographer`}
            onChange={(e) => settings.setTypographer(e.target.checked)}
          />
          Typographer
        </label>
        <p id={`${id}-typographer`} className="appearance__hint">
          Curly quotes, en and em dashes, ellipsis and guillemets (<code>extensions.typographer</code>).
        </p>
        <label className="appearance__choice appearance__choice--select">
          Heading IDs
          <select
            value={headingIds}
            aria-describedby={`${id}-heading-ids`}
            onChange={(e) =>
              settings.setHeadingIds(
                HEADING_STYLES.find((s) => s.value === e.target.value)?.value ?? 'github',
              )
            }
          >
            {HEADING_STYLES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <p id={`${id}-heading-ids`} className="appearance__hint">
          How a heading&rsquo;s automatic id is made (<code>parser.autoHeadingIDType</code>).
        </p>
        <label className="appearance__choice">
          <input
            type="checkbox"
            checked={headingAttributes}
            aria-describedby={`${id}-attributes`}
            onChange={(e) => settings.setHeadingAttributes(e.target.checked)}
          />
          Heading attributes
        </label>
        <p id={`${id}-attributes`} className="appearance__hint">
          <code>{'{#id .class}'}</code> after a heading sets its id and classes (
          <code>parser.attribute.title</code>); off, it is shown as text.
        </p>
        <label className="appearance__choice">
          <input
            type="checkbox"
            checked={unsafeHtml}
            aria-describedby={`${id}-unsafe`}
            onChange={(e) => settings.setUnsafeHtml(e.target.checked)}
          />
          Render raw HTML in posts
        </label>
        <p id={`${id}-unsafe`} className="appearance__hint">
          Raw HTML written in a post is rendered, sanitized (<code>renderer.unsafe</code>); off, Hugo leaves
          it out.
        </p>
      </fieldset>
      {folder?.markdown && (
        <SiteValues
          file={folder.markdown.file}
          values={folder.markdown.values}
          differs={siteMarkdownChanges(folder.markdown.values, renderOptionsOf(current)) > 0}
          onUse={() => settings.setMarkdown(toSettings(folder.markdown?.values ?? {}))}
        />
      )}
    </ModalDialog>
  );
}

function toSettings(values: SiteMarkdown) {
  return {
    ...(values.unsafe !== undefined && { unsafeHtml: values.unsafe }),
    ...(values.typographer !== undefined && { typographer: values.typographer }),
    ...(values.headingIds !== undefined && { headingIds: values.headingIds }),
    ...(values.attributes !== undefined && { headingAttributes: values.attributes }),
  };
}

function SiteValues(props: { file: string; values: SiteMarkdown; differs: boolean; onUse(): void }) {
  const { file, values } = props;
  const words: string[] = [];
  if (values.typographer !== undefined) words.push(`typographer ${values.typographer ? 'on' : 'off'}`);
  if (values.headingIds !== undefined) words.push(`heading ids ${values.headingIds}`);
  if (values.attributes !== undefined) words.push(`heading attributes ${values.attributes ? 'on' : 'off'}`);
  if (values.unsafe !== undefined) words.push(`raw HTML ${values.unsafe ? 'rendered' : 'omitted'}`);
  return (
    <fieldset className="appearance__group">
      <legend>From the open site</legend>
      <p className="appearance__note">
        <code>{file}</code> sets: {words.join(', ')}.
      </p>
      {props.differs ? (
        <button type="button" onClick={props.onUse}>
          Use the site&rsquo;s settings
        </button>
      ) : (
        <p className="appearance__note">These settings already match the site.</p>
      )}
    </fieldset>
  );
}
