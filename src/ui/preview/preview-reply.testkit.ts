/** A worker reply for tests: nothing changed, not done, unless `over` says otherwise. */
import type { PreviewReply } from './preview-protocol';

export const patchReply = (over: Partial<PreviewReply>): PreviewReply => ({
  type: 'patch',
  version: 1,
  done: false,
  ids: null,
  starts: null,
  ends: null,
  added: [],
  hints: [],
  ...over,
});
