/**
 * Registers the service worker (in builds, which link the web manifest) and tells when an update is waiting. An update never
 * takes over by itself: the new worker waits until `applyUpdate` is called (the person chose "Reload"), which
 * first saves the open draft, then lets the new worker take over and reloads once it controls the page.
 * Updates are looked for when the tab becomes visible again and every hour.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

const CHECK_EVERY_MS = 60 * 60 * 1000;

/** The waiting update (null when none) and the function that applies it after `beforeReload`. */
export function useServiceWorker(beforeReload: () => Promise<void>): {
  updateReady: boolean;
  applyUpdate(): Promise<void>;
} {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const requested = useRef(false);

  useEffect(() => {
    // Only builds link the manifest (and ship sw.js); the dev server has neither.
    const built = document.querySelector('link[rel="manifest"]') !== null;
    if (!built || !('serviceWorker' in navigator)) return;
    const sw = navigator.serviceWorker;
    let registration: ServiceWorkerRegistration | null = null;
    let live = true;
    const check = (r: ServiceWorkerRegistration) => {
      if (live && r.waiting && sw.controller) setWaiting(r.waiting);
    };
    sw.register(`${import.meta.env.BASE_URL}sw.js`)
      .then((r) => {
        registration = r;
        check(r);
        r.addEventListener('updatefound', () => {
          const installing = r.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed') check(r);
          });
        });
      })
      .catch(() => undefined);
    const onControllerChange = () => {
      if (requested.current) location.reload();
    };
    sw.addEventListener('controllerchange', onControllerChange);
    const lookForUpdate = () => void registration?.update().catch(() => undefined);
    const onVisible = () => {
      if (document.visibilityState === 'visible') lookForUpdate();
    };
    document.addEventListener('visibilitychange', onVisible);
    const timer = setInterval(lookForUpdate, CHECK_EVERY_MS);
    return () => {
      live = false;
      sw.removeEventListener('controllerchange', onControllerChange);
      document.removeEventListener('visibilitychange', onVisible);
      clearInterval(timer);
    };
  }, []);

  const applyUpdate = useCallback(async () => {
    if (!waiting) return;
    await beforeReload();
    requested.current = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
  }, [waiting, beforeReload]);

  return { updateReady: waiting !== null, applyUpdate };
}
