/**
 * A modal dialog on the native `<dialog>` element: the browser keeps focus inside it, makes the rest inert and
 * closes it with Escape. Mounted only while open; on close, focus goes back to where it was before, unless the
 * caller moved it on purpose (`restoreFocus={false}`).
 */
import { useEffect, useRef, type ReactNode } from 'react';

export interface ModalDialogProps {
  /** The dialog's accessible name (its visible heading's text). */
  title: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
  /** Put focus back where it was when the dialog closes (default true). */
  restoreFocus?: boolean;
  /** Show the title as a heading (default true). */
  showTitle?: boolean;
}

/** The dialog, open from mount to unmount. */
export function ModalDialog({
  title,
  onClose,
  children,
  className,
  restoreFocus = true,
  showTitle = true,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const restore = useRef(restoreFocus);
  restore.current = restoreFocus;
  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      if (restore.current && before && before.isConnected) before.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal ${className ?? ''}`}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div className="modal__frame">
        {showTitle && (
          <div className="modal__head">
            <h2 className="modal__title">{title}</h2>
            <button type="button" className="modal__close" aria-label="Close" onClick={onClose}>
              ×
            </button>
          </div>
        )}
        {children}
      </div>
    </dialog>
  );
}
