/**
 * Code the app loads on first use (the zip code for bundles and backups), asked for as a value: when it cannot
 * load (offline before it was cached, or a newer version deployed since the page opened) the verb says so in
 * words instead of failing silently.
 */
import type { Result } from '../storage/drafts';

/** `load()`'s module, or an error naming `what` it was for and what to do. */
export async function loadOnDemand<T>(load: () => Promise<T>, what: string): Promise<Result<T>> {
  try {
    return { ok: true, value: await load() };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: {
        kind: 'unknown',
        message: `Postwright could not load its code for ${what} (${why}). Reload the page and try again; your drafts are safe.`,
      },
    };
  }
}
