/**
 * Where a post goes in the site: its section (a folder under content/, `posts` by default), its name (the
 * bundle's folder or the file's base name) and whether it is a page bundle (a folder with index.md, which can
 * hold images) or a single Markdown file. Used by "New post in site" and by "Save to site" for a draft that
 * has no file yet.
 */
import { useId, useState } from 'react';
import type { Placement } from '../../state/create-bundle-stores';
import { ModalDialog } from '../workbench/modal-dialog';

export interface PlacementDialogProps {
  title: string;
  submitLabel: string;
  initial: Placement;
  sections: string[];
  contentDir: string;
  onSubmit(placement: Placement): void;
  onClose(): void;
}

/** The dialog. */
export function PlacementDialog({
  title,
  submitLabel,
  initial,
  sections,
  contentDir,
  onSubmit,
  onClose,
}: PlacementDialogProps) {
  const [placement, setPlacement] = useState(initial);
  const id = useId();
  const path = placement.bundle
    ? `${contentDir}/${placement.section}/${placement.name || '…'}/index.md`
    : `${contentDir}/${placement.section}/${placement.name || '…'}.md`;
  return (
    <ModalDialog title={title} onClose={onClose} className="placement-dialog">
      <form
        className="placement-form"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(placement);
        }}
      >
        <label className="field">
          <span className="field__label">Section</span>
          <input
            list={`${id}-sections`}
            value={placement.section}
            onChange={(e) => setPlacement({ ...placement, section: e.target.value })}
          />
          <datalist id={`${id}-sections`}>
            {sections.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </label>
        <label className="field">
          <span className="field__label">Name</span>
          <input
            required
            value={placement.name}
            onChange={(e) => setPlacement({ ...placement, name: e.target.value })}
          />
        </label>
        <fieldset className="placement-form__kind">
          <legend>Save as</legend>
          <label>
            <input
              type="radio"
              name={`${id}-kind`}
              checked={placement.bundle}
              onChange={() => setPlacement({ ...placement, bundle: true })}
            />
            Page bundle (a folder with index.md and its images)
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-kind`}
              checked={!placement.bundle}
              onChange={() => setPlacement({ ...placement, bundle: false })}
            />
            Single file
          </label>
        </fieldset>
        <p className="placement-form__path">
          <code>{path}</code>
        </p>
        <div className="placement-form__actions">
          <button type="submit" className="btn--primary">
            {submitLabel}
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
