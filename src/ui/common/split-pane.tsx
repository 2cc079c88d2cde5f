/**
 * Two panes side by side with a divider a person can drag or move with the keyboard (arrow keys, Home/End),
 * as the WAI-ARIA window splitter pattern describes. The ratio is owned by the caller (persisted in settings).
 */
import { useCallback, useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

export interface SplitPaneProps {
  ratio: number;
  onRatioChange(ratio: number): void;
  left: ReactNode;
  right: ReactNode;
  /** When true only the left pane shows (preview hidden). */
  rightHidden?: boolean;
  min?: number;
  max?: number;
}

const STEP = 0.02;

/** Horizontal split with an accessible, draggable separator. */
export function SplitPane({
  ratio,
  onRatioChange,
  left,
  right,
  rightHidden,
  min = 0.2,
  max = 0.8,
}: SplitPaneProps) {
  const container = useRef<HTMLDivElement>(null);
  const clamp = useCallback((r: number) => Math.min(max, Math.max(min, r)), [min, max]);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    const move = (e: globalThis.PointerEvent) => {
      const box = container.current?.getBoundingClientRect();
      if (!box || box.width === 0) return;
      onRatioChange(clamp((e.clientX - box.left) / box.width));
    };
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
      target.removeEventListener('pointercancel', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
    target.addEventListener('pointercancel', up);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next =
      event.key === 'ArrowLeft'
        ? ratio - STEP
        : event.key === 'ArrowRight'
          ? ratio + STEP
          : event.key === 'Home'
            ? min
            : event.key === 'End'
              ? max
              : null;
    if (next === null) return;
    event.preventDefault();
    onRatioChange(clamp(Math.round(next * 100) / 100));
  };

  if (rightHidden) {
    return (
      <div className="split-pane" ref={container}>
        <div className="split-pane__pane" style={{ flexBasis: '100%' }}>
          {left}
        </div>
      </div>
    );
  }
  const percent = Math.round(ratio * 100);
  return (
    <div className="split-pane" ref={container}>
      <div className="split-pane__pane" style={{ flexBasis: `${percent}%` }}>
        {left}
      </div>
      <div
        className="split-pane__divider"
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize editor and preview"
        aria-valuemin={Math.round(min * 100)}
        aria-valuemax={Math.round(max * 100)}
        aria-valuenow={percent}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onKeyDown={onKeyDown}
      />
      <div className="split-pane__pane" style={{ flexBasis: `${100 - percent}%` }}>
        {right}
      </div>
    </div>
  );
}
