/**
 * Saves `content` as a file named `fileName` through a temporary link. Text of type `text/csv`
 * gets a UTF-8 BOM so Excel reads Chinese correctly; a Blob (a PNG, a server's download) is
 * saved as it is. The object URL is revoked once the browser has had time to start the save.
 *
 * @example
 * saveFile('lantian-route-2023-12-31-1.gpx', gpxText, 'application/gpx+xml');
 * saveFile('lantian-map.png', pngBlob);
 */
export function saveFile(fileName: string, content: Blob | string, type = 'application/octet-stream'): void {
  const blob =
    typeof content === 'string'
      ? new Blob([type.startsWith('text/csv') ? `\uFEFF${content}` : content], { type })
      : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
