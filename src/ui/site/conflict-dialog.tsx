/**
 * The file changed on disk since Postwright opened (or last saved) it: both versions side by side, and the
 * person decides. Nothing is written until they choose "Overwrite with my version"; "Use the version on disk"
 * puts the file's text into the editor (one undo brings the draft's back).
 */
import type { SiteConflict } from '../../state/create-bundle-stores';
import { ModalDialog } from '../workbench/modal-dialog';

export interface ConflictDialogProps {
  conflict: SiteConflict;
  onOverwrite(): void;
  onTakeDisk(): void;
  onClose(): void;
}

/** Both versions and the choice. */
export function ConflictDialog({ conflict, onOverwrite, onTakeDisk, onClose }: ConflictDialogProps) {
  return (
    <ModalDialog title="The file changed on disk" onClose={onClose} className="conflict-dialog">
      <p>
        <code>{conflict.path}</code> was changed outside Postwright since it was opened. Nothing has been
        written yet: compare the two versions and choose.
      </p>
      <div className="conflict-dialog__versions">
        <section aria-labelledby="conflict-disk">
          <h3 id="conflict-disk">On disk</h3>
          <pre aria-labelledby="conflict-disk" tabIndex={0}>
            {conflict.disk}
          </pre>
        </section>
        <section aria-labelledby="conflict-mine">
          <h3 id="conflict-mine">In Postwright</h3>
          <pre aria-labelledby="conflict-mine" tabIndex={0}>
            {conflict.mine}
          </pre>
        </section>
      </div>
      <div className="placement-form__actions">
        <button type="button" className="btn--primary" onClick={onOverwrite}>
          Overwrite with my version
        </button>
        <button type="button" onClick={onTakeDisk}>
          Use the version on disk
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
