/**
 * Short-lived messages at the bottom of the window ("Deleted … Undo", "… was not imported"). Announced politely
 * to screen readers; each can carry one action.
 */
import { useCallback, useRef, useState } from 'react';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run(): void };
}

/** The toast list and a function to show one for `ms` milliseconds. */
export function useToasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const show = useCallback(
    (toast: Omit<Toast, 'id'>, ms = 6000) => {
      const id = next.current++;
      setToasts((list) => [...list, { ...toast, id }]);
      setTimeout(() => dismiss(id), ms);
      return id;
    },
    [dismiss],
  );
  return { toasts, show, dismiss };
}

export interface ToastsProps {
  toasts: Toast[];
  onDismiss(id: number): void;
}

/** Renders the toasts. */
export function Toasts({ toasts, onDismiss }: ToastsProps) {
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => (
        <div
          key={t.id}
          className={t.tone === 'error' ? 'toast toast--error' : 'toast'}
          role={t.tone === 'error' ? 'alert' : undefined}
        >
          <span>{t.message}</span>
          {t.action && (
            <button
              type="button"
              onClick={() => {
                t.action?.run();
                onDismiss(t.id);
              }}
            >
              {t.action.label}
            </button>
          )}
          <button type="button" aria-label="Dismiss" onClick={() => onDismiss(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
