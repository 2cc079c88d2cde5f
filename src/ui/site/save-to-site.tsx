/**
 * The toolbar's "Save to site": writes the open draft into the site folder (asking where first when it has no
 * file yet), shows both versions when the file changed on disk, and where the browser cannot write folders
 * downloads a zip laid out like the site, saying why.
 */
import { useState } from 'react';
import { useStore } from 'zustand';
import { useDocument, useStores } from '../app/stores-context';
import type { Placement, SiteSaveOutcome } from '../../state/create-bundle-stores';
import { downloadFile } from '../common/download';
import { dispatchChanges } from '../editor/editor-handle';
import type { Notify } from '../assets/assets-panel';
import { ConflictDialog } from './conflict-dialog';
import { PlacementDialog } from './placement-dialog';

/** The button and its dialogs. */
export function SaveToSite({ notify }: { notify: Notify }) {
  const stores = useStores();
  const hasDraft = useDocument((s) => s.id !== null);
  const canWrite = useStore(stores.site, (s) => s.canWrite);
  const folder = useStore(stores.site, (s) => s.folder);
  const sections = useStore(stores.site, (s) => s.sections);
  const busy = useStore(stores.site, (s) => s.busy);
  const conflict = useStore(stores.site, (s) => s.conflict);
  const [asking, setAsking] = useState<Placement | null>(null);
  const usable = hasDraft && !busy && (folder !== null || !canWrite);

  const report = (outcome: SiteSaveOutcome) => {
    switch (outcome.kind) {
      case 'saved': {
        const what = outcome.written.length
          ? `wrote ${outcome.written.join(', ')}`
          : 'nothing had changed, no file was touched';
        notify(`Saved to site: ${what}.`, 'info');
        outcome.notes.forEach((note) => notify(note, 'error'));
        return;
      }
      case 'needs-placement':
        setAsking(outcome.suggested);
        return;
      case 'zip':
        downloadFile(outcome.archive.name, outcome.archive.bytes as BlobPart, 'application/zip');
        notify(outcome.reason, 'info');
        return;
      case 'error':
        notify(`Not saved to the site: ${outcome.message}`, 'error');
        return;
      default:
    }
  };
  const save = async (placement?: Placement) => report(await stores.site.getState().saveToSite(placement));

  return (
    <>
      <button
        type="button"
        disabled={!usable}
        title={canWrite && !folder ? 'Open your site folder first' : undefined}
        onClick={() => void save()}
      >
        Save to site
      </button>
      {asking && (
        <PlacementDialog
          title="Save to site"
          submitLabel="Save to site"
          initial={asking}
          sections={sections}
          contentDir={folder?.contentDir ?? 'content'}
          onClose={() => setAsking(null)}
          onSubmit={(placement) => {
            setAsking(null);
            void save(placement);
          }}
        />
      )}
      {conflict && (
        <ConflictDialog
          conflict={conflict}
          onClose={() => stores.site.getState().dismissConflict()}
          onOverwrite={() => void stores.site.getState().overwrite().then(report)}
          onTakeDisk={() =>
            void stores.site
              .getState()
              .takeDiskVersion()
              .then((taken) => {
                if (!taken.ok) return notify(taken.error.message, 'error');
                const length = stores.document.getState().text.length;
                const changes = [{ from: 0, to: length, insert: taken.value }];
                if (!dispatchChanges(changes)) {
                  stores.document.getState().setText(taken.value, 0);
                }
                notify('The draft now has the version from disk.', 'info');
              })
          }
        />
      )}
    </>
  );
}
