/**
 * Object URLs for a draft's image Blobs, shared and counted: every shown image holds its Blob's URL, and a URL
 * nobody holds any more is revoked after a short grace period (so a re-render that lets go and takes hold again
 * keeps the same URL, and a render that never reached the screen does not leak one).
 */

/** How long an unheld URL lives before it is revoked (ms). */
export const URL_GRACE_MS = 1000;

interface Entry {
  url: string;
  holders: number;
  idleSince: number;
}

/** The URL factory (the browser's `URL`, or a stand-in in tests). */
export interface UrlFactory {
  createObjectURL(blob: Blob): string;
  revokeObjectURL(url: string): void;
}

/** Counted object URLs. */
export class ObjectUrls {
  private readonly entries = new Map<Blob, Entry>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly factory: UrlFactory = URL,
    private readonly now: () => number = Date.now,
  ) {}

  /** The Blob's URL, made if needed (rendering may call this; it does not hold the URL). */
  peek(blob: Blob): string {
    let entry = this.entries.get(blob);
    if (!entry) {
      entry = { url: this.factory.createObjectURL(blob), holders: 0, idleSince: this.now() };
      this.entries.set(blob, entry);
      this.schedule();
    }
    return entry.url;
  }

  /** Hold the Blob's URL while an image shows it; returns the URL (a new one if the old was revoked). */
  hold(blob: Blob): string {
    const url = this.peek(blob);
    const entry = this.entries.get(blob);
    if (entry) entry.holders += 1;
    return url;
  }

  /** Stop holding; the URL is revoked once nobody has held it for `URL_GRACE_MS`. */
  release(blob: Blob): void {
    const entry = this.entries.get(blob);
    if (!entry) return;
    entry.holders = Math.max(0, entry.holders - 1);
    if (entry.holders === 0) {
      entry.idleSince = this.now();
      this.schedule();
    }
  }

  /** Revoke every URL not held for the grace period; returns how many are still alive. */
  sweep(): number {
    const now = this.now();
    for (const [blob, entry] of this.entries) {
      if (entry.holders === 0 && now - entry.idleSince >= URL_GRACE_MS) {
        this.factory.revokeObjectURL(entry.url);
        this.entries.delete(blob);
      }
    }
    return this.entries.size;
  }

  /** Revoke everything (the provider unmounts). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const entry of this.entries.values()) this.factory.revokeObjectURL(entry.url);
    this.entries.clear();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      const alive = this.sweep();
      if ([...this.entries.values()].some((e) => e.holders === 0) && alive > 0) this.schedule();
    }, URL_GRACE_MS);
  }
}
