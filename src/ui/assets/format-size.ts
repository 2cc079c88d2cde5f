/** "532 B", "48 KB", "3.4 MB": a file size as people read it (1 KB = 1024 bytes, as file managers mostly show). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
