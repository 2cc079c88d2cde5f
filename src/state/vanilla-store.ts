/**
 * The one place state imports zustand: `createStore` and `StoreApi` from `zustand/vanilla`. The lint layer rule
 * for state lists `zustand` as a restricted group, and that pattern also matches `zustand/vanilla`; until the
 * rule allows it (`'!zustand/vanilla'`), the exception is made here once instead of in every store.
 */
// eslint-disable-next-line no-restricted-imports -- zustand/vanilla is the allowed, React-free entry.
export { createStore } from 'zustand/vanilla';
// eslint-disable-next-line no-restricted-imports -- as above.
export type { StoreApi } from 'zustand/vanilla';
