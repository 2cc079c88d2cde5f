/**
 * The open draft's file references, following the text at a deferred pace (typing never waits for it): which
 * images are used, and which references the draft cannot resolve.
 */
import { useDeferredValue, useMemo } from 'react';
import { useStore } from 'zustand';
import { useDocument, useStores } from '../app/stores-context';
import { findAssetRefs, referencedPaths } from '../../core/bundle/asset-refs';
import { findAssetProblems } from '../../core/bundle/asset-problems';
import type { AssetProblem } from '../../core/bundle/asset-problems';

/** Used paths and unresolved references of the open draft. */
export function useAssetRefs(): { used: Set<string>; problems: AssetProblem[] } {
  const stores = useStores();
  const text = useDeferredValue(useDocument((s) => s.text));
  const assets = useStore(stores.assets, (s) => s.assets);
  const refs = useMemo(() => findAssetRefs(text), [text]);
  return useMemo(() => {
    const held = new Set(assets.map((a) => a.path));
    return { used: referencedPaths(refs), problems: findAssetProblems(refs, held) };
  }, [refs, assets]);
}
