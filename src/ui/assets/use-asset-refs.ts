/**
 * The open draft's file references, worked out once typing pauses (never on a keystroke's path): which images
 * are used, and which references the draft cannot resolve.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { referencedPaths, type AssetRef } from '../../core/bundle/asset-refs';
import { findAssetProblems } from '../../core/bundle/asset-problems';
import type { AssetProblem } from '../../core/bundle/asset-problems';
import { useBackground } from '../background/use-background';

/** How long the text must be still before references are looked for again (ms). */
const PAUSE_MS = 250;

const NONE: AssetRef[] = [];

/** Used paths and unresolved references of the open draft. */
export function useAssetRefs(): { used: Set<string>; problems: AssetProblem[] } {
  const stores = useStores();
  // The whole text is scanned in the background worker once typing pauses (a new draft at once).
  const refs = useBackground('assetRefs', PAUSE_MS) ?? NONE;
  const assets = useStore(stores.assets, (s) => s.assets);
  return useMemo(() => {
    const held = new Set(assets.map((a) => a.path));
    return { used: referencedPaths(refs), problems: findAssetProblems(refs, held) };
  }, [refs, assets]);
}
