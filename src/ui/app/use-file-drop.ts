/**
 * Drag-and-drop of files anywhere onto the app: shows an overlay while files are dragged over the window and
 * hands dropped files to `onFiles`. Drops of anything but files (text dragged inside the editor) are left to
 * the browser and CodeMirror.
 */
import { useEffect, useState } from 'react';
import { folderEntries } from '../assets/dropped-folders';
import type { EntryLike } from '../assets/dropped-folders';

/** True while files are being dragged over the window. Dropped folders go to `onFolders` when given. */
export function useFileDrop(
  onFiles: (files: File[]) => void,
  onFolders?: (folders: EntryLike[]) => void,
): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      depth = 0;
      setDragging(false);
      // Folder entries must be taken while the event is handled; their pseudo-files are not files.
      const folders = onFolders ? folderEntries(e.dataTransfer?.items) : [];
      if (folders.length) onFolders?.(folders);
      const names = new Set(folders.map((f) => f.name));
      const files = Array.from(e.dataTransfer?.files ?? []).filter((f) => !names.has(f.name));
      if (files.length) onFiles(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop, true);
    };
  }, [onFiles, onFolders]);
  return dragging;
}
