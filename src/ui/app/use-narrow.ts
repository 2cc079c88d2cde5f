/** True when the window is narrow enough that the panes switch by tabs (matches the CSS breakpoint). */
import { useSyncExternalStore } from 'react';

const QUERY = '(max-width: 760px)';

export function useNarrow(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const mq = window.matchMedia(QUERY);
      mq.addEventListener('change', notify);
      return () => mq.removeEventListener('change', notify);
    },
    () => window.matchMedia(QUERY).matches,
  );
}
