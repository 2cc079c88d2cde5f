/**
 * micromark-util-edit-map 1.0.0 (MIT, Titus Wormer; https://github.com/micromark/micromark), with one change:
 * `consume` leaves the events before the first edit where they are. The published one copies the whole list out
 * and back on every call, and micromark 4.0.3 calls it each time a list or block quote closes (and for each setext
 * heading), with the document's events so far: parsing became quadratic. A whole parse of the 800 KB bench post
 * took ~3.5 s in Node instead of ~0.9 s with micromark 4.0.2.
 *
 * vite.config.ts points `micromark-util-edit-map` here (the app, its workers and the tests). Drop this file and
 * the alias once a published version no longer copies the head of the list.
 */
import type { Event } from 'micromark-util-types';

/** An edit: at an index, remove a count of events and add some. */
type Change = [at: number, remove: number, add: Event[]];

/** Batches edits to a list of events and applies them in one pass (see micromark-util-edit-map). */
export class EditMap {
  /** Changes by index, so `add` need not scan `map`. */
  index = new Map<number, Change>();
  /** The changes, in the order they were made. */
  map: Change[] = [];

  /** An edit: remove `remove` events at `index` and add `add` there (after additions already made there). */
  add(index: number, remove: number, add: Event[]): void {
    addImplementation(this, index, remove, add, false);
  }

  /** The same, but `add` goes before additions already made at `index`. */
  addBefore(index: number, remove: number, add: Event[]): void {
    addImplementation(this, index, remove, add, true);
  }

  /** Apply the edits to `events`, in place. */
  consume(events: Event[]): void {
    this.map.sort((a, b) => a[0] - b[0]);
    if (this.map.length === 0) return;
    const vecs: Event[][] = [];
    // From the last edit back (the map is cleared after).
    for (const [at, remove, add] of this.map.reverse()) {
      vecs.push(events.slice(at + remove), add);
      events.length = at;
    }
    // `events` now holds what comes before the first edit: it stays, and the rest is appended to it.
    for (let slice = vecs.pop(); slice; slice = vecs.pop()) {
      for (const event of slice) events.push(event);
    }
    this.map.length = 0;
    this.index.clear();
  }
}

function addImplementation(
  editMap: EditMap,
  at: number,
  remove: number,
  add: Event[],
  before: boolean,
): void {
  if (remove === 0 && add.length === 0) return;
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    if (before) {
      add.push(...existing[2]);
      existing[2] = add;
    } else {
      existing[2].push(...add);
    }
    return;
  }
  const change: Change = [at, remove, add];
  editMap.map.push(change);
  editMap.index.set(at, change);
}
