/**
 * Run work when the page is idle: `requestIdleCallback` (within `timeout` ms when given), or a short timer
 * where the browser has none (Safari).
 */
export function whenIdle(task: () => void, timeout?: number): void {
  const scope = globalThis as {
    requestIdleCallback?: (run: () => void, options?: { timeout: number }) => void;
  };
  if (scope.requestIdleCallback)
    scope.requestIdleCallback(() => task(), timeout === undefined ? undefined : { timeout });
  else setTimeout(task, 50);
}
