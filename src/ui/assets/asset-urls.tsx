/**
 * How the preview finds a draft's images: a provider over the open draft's assets (from the assets store) and
 * `useAssetUrl(src)`, which turns a relative path (`pier.jpg`, `./images/a.png`, `my%20pic.png`) into an object
 * URL while the image is shown and null when the draft has no such file. Outside the provider (a preview
 * rendered elsewhere) nothing resolves.
 */
import { createContext, useContext, useEffect, useMemo, useReducer, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useStores } from '../app/stores-context';
import { bundlePath } from '../../core/bundle/asset-paths';
import { ObjectUrls } from './object-urls';

interface AssetUrlContextValue {
  lookup(path: string): Blob | null;
  urls: ObjectUrls;
}

const AssetUrlContext = createContext<AssetUrlContextValue | null>(null);

/** Makes the open draft's images available to `useAssetUrl` below it. */
export function AssetUrlProvider({ children }: { children: ReactNode }) {
  const stores = useStores();
  const assets = useStore(stores.assets, (s) => s.assets);
  const urls = useMemo(() => new ObjectUrls(), []);
  useEffect(() => () => urls.dispose(), [urls]);
  const value = useMemo<AssetUrlContextValue>(() => {
    const byPath = new Map(assets.map((a) => [a.path, a.blob]));
    return { lookup: (path) => byPath.get(path) ?? null, urls };
  }, [assets, urls]);
  return <AssetUrlContext.Provider value={value}>{children}</AssetUrlContext.Provider>;
}

/** The Blob a post's `src` names in the open draft, or null (remote, site-root, or not in the draft). */
export function useAssetBlob(src: string | null | undefined): Blob | null {
  const context = useContext(AssetUrlContext);
  if (!context || !src) return null;
  const path = bundlePath(src);
  return path ? context.lookup(path) : null;
}

/** An object URL for `blob`, held while the calling component is mounted (null for no Blob). */
export function useBlobUrl(blob: Blob | null): string | null {
  const context = useContext(AssetUrlContext);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const urls = context?.urls ?? null;
  const url = blob && urls ? urls.peek(blob) : null;
  useEffect(() => {
    if (!blob || !urls) return;
    // If the URL made while rendering was revoked before this ran, show the fresh one.
    if (urls.hold(blob) !== url) rerender();
    return () => urls.release(blob);
  }, [blob, urls, url]);
  return url;
}

/** The object URL for a post's relative image `src`, or null when the draft cannot resolve it. */
export function useAssetUrl(src: string | null | undefined): string | null {
  return useBlobUrl(useAssetBlob(src));
}

/**
 * For views that build image elements themselves (the incremental preview): resolve a post's relative image
 * path to an object URL held until released, without a hook per image. Changes identity when the draft's
 * images change, so such a view resolves its images again. Null outside the provider.
 */
export function useAssetImages(): {
  hold(src: string): { url: string; release(): void } | null;
} | null {
  const context = useContext(AssetUrlContext);
  return useMemo(() => {
    if (!context) return null;
    return {
      hold(src: string) {
        const path = bundlePath(src);
        const blob = path ? context.lookup(path) : null;
        if (!blob) return null;
        const url = context.urls.hold(blob);
        return { url, release: () => context.urls.release(blob) };
      },
    };
  }, [context]);
}
