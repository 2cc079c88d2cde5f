/**
 * The workbench's buttons in the app's top bar: export and copy next to "Export .md"; scroll sync, appearance,
 * site settings, the command palette and the keyboard help on the right. Each runs its command from the command list.
 */
import { useEffect, useRef, useState } from 'react';
import { useDocument, useSettings, useStores } from '../app/stores-context';
import { runCommand } from '../editor/command-runtime';
import { formatShortcut } from '../editor/shortcuts';
import { isMac } from './use-platform';

/** "Export HTML" and the "Copy" disclosure (Copy as HTML, Copy as Markdown). */
export function ExportItems() {
  const hasDraft = useDocument((s) => s.id !== null);
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);
  const pick = (id: string) => {
    setOpen(false);
    runCommand(id);
  };
  return (
    <>
      <button type="button" disabled={!hasDraft} onClick={() => runCommand('export-html')}>
        Export HTML
      </button>
      <div
        className="toolbar__more"
        ref={box}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.stopPropagation();
            setOpen(false);
            box.current?.querySelector('button')?.focus();
          }
        }}
      >
        <button
          type="button"
          disabled={!hasDraft}
          aria-expanded={open}
          aria-controls="copy-menu"
          onClick={() => setOpen(!open)}
        >
          Copy <span aria-hidden="true">▾</span>
        </button>
        {open && (
          <ul id="copy-menu" className="toolbar__more-list">
            <li>
              <button type="button" onClick={() => pick('copy-html')}>
                Copy as HTML
              </button>
            </li>
            <li>
              <button type="button" onClick={() => pick('copy-markdown')}>
                Copy as Markdown
              </button>
            </li>
          </ul>
        )}
      </div>
    </>
  );
}

/** Scroll sync switch, Appearance, Site settings, Commands (palette) and Shortcuts (help). */
export function ViewItems() {
  const stores = useStores();
  const scrollSync = useSettings((s) => s.scrollSync);
  const mac = isMac();
  return (
    <>
      <label className="toggle">
        <input
          type="checkbox"
          checked={scrollSync}
          onChange={(e) => stores.settings.getState().setScrollSync(e.target.checked)}
        />
        Scroll sync
      </label>
      <button type="button" onClick={() => runCommand('appearance')}>
        Appearance
      </button>
      <button type="button" onClick={() => runCommand('site-settings')}>
        Site settings
      </button>
      <button
        type="button"
        aria-keyshortcuts={mac ? 'Meta+K' : 'Control+K'}
        title={`Command palette (${formatShortcut('Mod-k', mac)})`}
        onClick={() => runCommand('palette')}
      >
        Commands
      </button>
      <button
        type="button"
        title={`Keyboard shortcuts (${formatShortcut('Mod-/', mac)})`}
        onClick={() => runCommand('help')}
      >
        Shortcuts
      </button>
    </>
  );
}
