/**
 * Hands a file to the browser's download machinery (an object URL on a temporary link), then revokes the URL.
 */
export function downloadFile(name: string, data: BlobPart, type = 'text/markdown;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
