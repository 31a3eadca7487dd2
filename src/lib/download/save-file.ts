/** Hands `blob` to the browser as a file download named `fileName`. */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Hands `text` to the browser as a file download named `fileName`. */
export function saveTextFile(
  fileName: string,
  text: string,
  type = 'text/csv;charset=utf-8',
): void {
  saveBlob(fileName, new Blob([text], { type }));
}

/** Downloads rows as a CSV file (see toCsv). */
export async function saveCsv(
  fileName: string,
  columns: readonly string[],
  rows: readonly object[],
): Promise<void> {
  const { toCsv } = await import('./to-csv');
  saveTextFile(fileName, toCsv(columns, rows));
}
