/**
 * Asked before exporting a post marked `draft: true`: Hugo would leave it out of the site. The person can
 * export it as it is, mark it ready (`draft: false`, as an undoable edit) and export, or cancel.
 */
import { ModalDialog } from './modal-dialog';

export type ExportAnswer = 'export' | 'publish' | 'cancel';

/** The question. */
export function ExportConfirm({ onAnswer }: { onAnswer(answer: ExportAnswer): void }) {
  return (
    <ModalDialog title="This post is a draft" onClose={() => onAnswer('cancel')} className="confirm">
      <p>
        Its front matter says <code>draft: true</code>, so Hugo leaves it out of the site unless it is built
        with
        <code> --buildDrafts</code>.
      </p>
      <div className="confirm__actions">
        <button type="button" className="btn btn--primary" onClick={() => onAnswer('publish')}>
          Set draft: false and export
        </button>
        <button type="button" className="btn" onClick={() => onAnswer('export')}>
          Export as a draft
        </button>
        <button type="button" className="btn" onClick={() => onAnswer('cancel')}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
