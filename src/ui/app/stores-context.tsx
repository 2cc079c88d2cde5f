/**
 * Hands the app's stores (built in main.tsx from injected storage) to components, and hooks to read them.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Stores as AppStores } from '../../state/create-stores';

const StoresContext = createContext<AppStores | null>(null);

/** Provider for the stores. */
export const StoresProvider = StoresContext.Provider;

/** The stores; throws if used outside the provider (a bug, not a user error). */
export function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores outside StoresProvider');
  return stores;
}

type StateOf<S> = S extends { getState(): infer T } ? T : never;

/** Select from the library store. */
export function useLibrary<T>(select: (s: StateOf<AppStores['library']>) => T): T {
  return useStore(useStores().library, select);
}
/** Select from the document store. */
export function useDocument<T>(select: (s: StateOf<AppStores['document']>) => T): T {
  return useStore(useStores().document, select);
}
/** Select from the settings store. */
export function useSettings<T>(select: (s: StateOf<AppStores['settings']>) => T): T {
  return useStore(useStores().settings, select);
}
