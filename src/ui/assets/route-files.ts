/**
 * Sorting dropped or chosen files by what they are: images (added to the open draft), zip archives (page
 * bundles to import) and everything else (posts, which the import door checks). Decided by the file's type or
 * extension here; the image check proper reads the bytes later.
 */
import { hasImageExtension } from '../../core/bundle/image-type';

/** Files sorted by kind. */
export interface RoutedFiles {
  images: File[];
  bundles: File[];
  posts: File[];
}

const isZip = (f: File): boolean => /\.zip$/i.test(f.name) || /zip/.test(f.type);

/** Sort `files`; images only count as images when a draft is open to take them. */
export function routeFiles(files: readonly File[], draftOpen: boolean): RoutedFiles {
  const routed: RoutedFiles = { images: [], bundles: [], posts: [] };
  for (const file of files) {
    if (isZip(file)) routed.bundles.push(file);
    else if (draftOpen && (file.type.startsWith('image/') || hasImageExtension(file.name)))
      routed.images.push(file);
    else routed.posts.push(file);
  }
  return routed;
}
