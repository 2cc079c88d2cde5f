/**
 * Everything that keeps a person's writing safe, mounted once by the app: the "open in another tab" and
 * "storage is full" banners, the conflict dialog, and whichever of History, Trash or Storage and backup a
 * toolbar button opened. (The editor follows text changed elsewhere with `useExternalText`, in the workspace.)
 */
import type { Toast } from '../common/toasts';
import { ConflictDialog } from './conflict-dialog';
import { openSafetyDialog, useSafetyDialog } from './dialogs-store';
import { HistoryDialog } from './history-dialog';
import { ElsewhereNotice, StorageFullOffer } from './safety-notices';
import { StorageDialog } from './storage-dialog';
import { TrashDialog } from './trash-dialog';
import './safety.css';

/** How the safety views show a message (the app's toasts). */
export type Notify = (toast: Omit<Toast, 'id'>, ms?: number) => unknown;

/** Mount once, where banners belong (under the toolbar). */
export function SafetyLayer({ notify }: { notify: Notify }) {
  const open = useSafetyDialog();
  const close = () => openSafetyDialog(null);
  return (
    <>
      <ElsewhereNotice />
      <StorageFullOffer notify={notify} />
      <ConflictDialog notify={notify} />
      {open === 'history' && <HistoryDialog onClose={close} notify={notify} />}
      {open === 'trash' && <TrashDialog onClose={close} notify={notify} />}
      {open === 'storage' && <StorageDialog onClose={close} notify={notify} />}
    </>
  );
}
