/**
 * The open draft's file references, worked out once typing pauses (never on a keystroke's path): which images
 * are used, and which references the draft cannot resolve.
 */
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { findAssetRefs, referencedPaths } from '../../core/bundle/asset-refs';
import { findAssetProblems } from '../../core/bundle/asset-problems';
import type { AssetProblem } from '../../core/bundle/asset-problems';

/** How long the text must be still before references are looked for again (ms). */
const PAUSE_MS = 250;

/** The text, following the document once it has been still for `PAUSE_MS`. */
function usePausedText(): string {
  const stores = useStores();
  const [text, setText] = useState(() => stores.document.getState().text);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = stores.document.subscribe((s, prev) => {
      if (s.text === prev.text) return;
      if (timer) clearTimeout(timer);
      // A newly opened draft shows at once; typing waits for a pause.
      if (s.id !== prev.id) setText(s.text);
      else timer = setTimeout(() => setText(stores.document.getState().text), PAUSE_MS);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [stores]);
  return text;
}

/** Used paths and unresolved references of the open draft. */
export function useAssetRefs(): { used: Set<string>; problems: AssetProblem[] } {
  const stores = useStores();
  const text = usePausedText();
  const assets = useStore(stores.assets, (s) => s.assets);
  const refs = useMemo(() => findAssetRefs(text), [text]);
  return useMemo(() => {
    const held = new Set(assets.map((a) => a.path));
    return { used: referencedPaths(refs), problems: findAssetProblems(refs, held) };
  }, [refs, assets]);
}
