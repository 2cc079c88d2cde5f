/**
 * Beside the front matter's image field: choose one of the draft's images, or upload a new one, and the field
 * gets its bundle path (through the form's byte-keeping edit, so undo covers it).
 */
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { IMAGE_ACCEPT } from './assets-panel';

export interface ImageFieldPickerProps {
  /** The field's label (for the controls' names). */
  label: string;
  value: string;
  onPick(path: string): void;
  /** Where refusals go. */
  onProblem?(message: string): void;
}

/** A select of the draft's images and an upload button. */
export function ImageFieldPicker({ label, value, onPick, onProblem }: ImageFieldPickerProps) {
  const stores = useStores();
  const assets = useStore(stores.assets, (s) => s.assets);
  const known = assets.some((a) => a.path === value);
  return (
    <span className="image-field-picker">
      <select
        aria-label={`Choose image for ${label}`}
        value={known ? value : ''}
        onChange={(e) => e.target.value && onPick(e.target.value)}
      >
        <option value="">{assets.length ? 'Choose an image…' : 'No images in this draft'}</option>
        {assets.map((a) => (
          <option key={a.path} value={a.path}>
            {a.path}
          </option>
        ))}
      </select>
      <label className="import-label">
        <span>Upload</span>
        <input
          type="file"
          accept={IMAGE_ACCEPT}
          aria-label={`Upload image for ${label}`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            void stores.assets
              .getState()
              .add([{ name: file.name, blob: file }])
              .then((outcome) => {
                const added = outcome.added[0];
                if (added) onPick(added.path);
                outcome.refused.forEach((r) => onProblem?.(r.message));
              });
          }}
        />
      </label>
    </span>
  );
}
