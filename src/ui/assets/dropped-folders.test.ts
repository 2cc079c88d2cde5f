import { describe, expect, it } from 'vitest';
import { readFolderEntry } from './dropped-folders';
import type { EntryLike } from './dropped-folders';

function fileEntry(name: string, text: string): EntryLike {
  return { isFile: true, isDirectory: false, name, file: (ok) => ok(new File([text], name)) };
}
function dirEntry(name: string, children: EntryLike[], batch = 2): EntryLike {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok) => {
          const slice = children.slice(at, at + batch);
          at += batch;
          ok(slice);
        },
      };
    },
  };
}

describe('readFolderEntry', () => {
  it('walks nested folders, batch by batch, with paths relative to the dropped folder', async () => {
    const folder = dirEntry('harbour', [
      fileEntry('index.md', '# Harbour'),
      dirEntry('images', [fileEntry('a.png', 'a'), fileEntry('b.png', 'b'), fileEntry('c.png', 'c')]),
      fileEntry('notes.txt', 'n'),
    ]);
    const read = await readFolderEntry(folder);
    expect(read.name).toBe('harbour');
    expect(read.files.map((f) => f.path)).toEqual([
      'index.md',
      'notes.txt',
      'images/a.png',
      'images/b.png',
      'images/c.png',
    ]);
    expect(await read.files[0]?.file.text()).toBe('# Harbour');
  });
});
