/**
 * One channel per background job for the whole page, whatever number of components want its result: the status
 * bar and the page panel both show the `page` job, and two requests for the same text would have the worker
 * render the post twice and the page hold two copies of the result (a long post's table of contents alone is
 * hundreds of kilobytes). A channel follows the open draft's text while it has subscribers, asks the background
 * worker for the job once the text has been still for a while, and keeps the latest result for all of them.
 * Plain TypeScript: `useBackground` is the React side.
 */
import { renderOptionsKey, renderOptionsOf, type MarkdownSettings } from '../../state/settings-store';
import { lastRunMs, resetBackgroundClientForTests, runInBackground } from './background-client';
import type { JobName, JobResult } from './background-jobs';

/** How long after start-up the first job waits (the editor and the preview come first). */
export const START_DELAY_MS = 1000;
/**
 * The longest a job waits for typing to pause. Below it, a job waits at least as long as it last ran: a job
 * that takes seconds (a whole render of a long post) is not started on every short pause between words, only
 * to run on, on another core, while the next words are typed (in an 800 KB post on two cores, typing in
 * bursts was ~40 % slower while the jobs ran). Short posts' jobs take milliseconds and keep their pause.
 */
export const MAX_PAUSE_MS = 2000;
let started = Date.now();

/** A store a channel follows (the app's zustand stores are these). */
interface Followed<T> {
  getState(): T;
  subscribe(listener: (state: T, prev: T) => void): () => void;
}

/** What a channel reads: the open draft and the site's Markdown settings (the app's stores). */
export interface ChannelStores {
  document: Followed<{ id: string | null; text: string }>;
  settings: Followed<MarkdownSettings>;
}

interface Subscriber {
  delayMs: number;
  listener: () => void;
}

interface Channel {
  /** The latest result (null until the first arrives, or when it failed). */
  result: unknown;
  subscribers: Set<Subscriber>;
  /** Stop following the stores; a request still out is then ignored when it is answered. */
  close(): void;
}

/**
 * Channels by stores, then by job name (the app has one set of stores; tests make their own). Keyed by the job
 * alone, not by (job, delay): two channels for one job would each send requests, and the client keeps only the
 * latest request per job, so one channel's latest request could be dropped (answered null) in favour of the
 * other's and show null over a real result. Subscribers with different delays share the smallest.
 */
let channels = new WeakMap<ChannelStores, Map<JobName, Channel>>();
/** The channels open now (only for resetting them in tests: a WeakMap cannot be walked). */
const open = new Set<Channel>();

/** Start a channel for `job`: it asks at once a moment after start-up, then as the text and settings change. */
function openChannel(stores: ChannelStores, job: JobName): Channel {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let asked = 0;
  const channel: Channel = {
    result: null,
    subscribers: new Set(),
    close: () => {
      unsubscribe();
      unsubscribeSettings();
      if (timer) clearTimeout(timer);
      asked = -1;
      open.delete(channel);
    },
  };
  const run = () => {
    timer = null;
    const ticket = ++asked;
    const options = renderOptionsOf(stores.settings.getState());
    void runInBackground(job, stores.document.getState().text, options).then((value) => {
      // Only the reply to the latest request is shown: an older text's result never replaces a newer one's,
      // and a request dropped for a newer one (resolved with null) is never shown over a real result.
      if (ticket !== asked) return;
      channel.result = value;
      for (const subscriber of [...channel.subscribers]) subscriber.listener();
    });
  };
  const schedule = (ms: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  // The shortest pause any subscriber asked for (the channel is closed once it has none), or how long the job
  // last ran, whichever is longer, up to MAX_PAUSE_MS.
  const delay = () => {
    const asked = Math.min(...[...channel.subscribers].map((s) => s.delayMs));
    return Math.max(asked, Math.min(lastRunMs(job) ?? 0, MAX_PAUSE_MS));
  };
  schedule(Math.max(0, started + START_DELAY_MS - Date.now()));
  const unsubscribe = stores.document.subscribe((s, prev) => {
    if (s.text !== prev.text) schedule(s.id !== prev.id ? 0 : delay());
  });
  const unsubscribeSettings = stores.settings.subscribe((s, prev) => {
    if (renderOptionsKey(s) !== renderOptionsKey(prev)) schedule(0);
  });
  open.add(channel);
  return channel;
}

/**
 * Follow `job`'s result for the open draft: `listener` is called each time a new one arrives (read it with
 * `latestResult`). The first subscriber opens the job's channel; the last to leave closes it and its result
 * is forgotten (a later subscriber asks again, at once). Returns the unsubscribe function.
 */
export function subscribeToJob(
  stores: ChannelStores,
  job: JobName,
  delayMs: number,
  listener: () => void,
): () => void {
  let byJob = channels.get(stores);
  if (!byJob) channels.set(stores, (byJob = new Map()));
  const jobs = byJob;
  let channel = jobs.get(job);
  if (!channel) jobs.set(job, (channel = openChannel(stores, job)));
  const subscriber: Subscriber = { delayMs, listener };
  const mine = channel;
  mine.subscribers.add(subscriber);
  return () => {
    if (!mine.subscribers.delete(subscriber) || mine.subscribers.size > 0) return;
    mine.close();
    if (jobs.get(job) === mine) jobs.delete(job);
  };
}

/** The latest result of `job` for `stores`' open draft (null until the first arrives, or when it failed). */
export function latestResult<K extends JobName>(stores: ChannelStores, job: K): JobResult<K> | null {
  return (channels.get(stores)?.get(job)?.result ?? null) as JobResult<K> | null;
}

/** Close every channel and forget the worker and its requests; the start-up delay counts from now (tests). */
export function resetBackgroundForTests(): void {
  for (const channel of [...open]) channel.close();
  channels = new WeakMap();
  started = Date.now();
  resetBackgroundClientForTests();
}
