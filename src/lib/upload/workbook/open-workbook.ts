import type { WorkbookAnswer, WorkbookRequest } from './workbook-messages';

/** The signatures of a zip archive (.xlsx) and of an OLE file (.xls, or a workbook with a password). */
const SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0],
];

/** Whether a file is a workbook rather than text, by its first bytes (whatever its name). */
export async function isWorkbook(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return SIGNATURES.some((signature) => signature.every((byte, index) => head[index] === byte));
}

/**
 * Reads one sheet of a workbook in its own worker, which the page starts only when a workbook
 * arrives (the reader is a separate chunk); the page receives the sheet as a CSV and its names.
 */
export function openWorkbook(
  file: Blob,
  sheet?: string,
): Promise<Exclude<WorkbookAnswer, { type: 'failed' }>> {
  const worker = new Worker(new URL('./workbook-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Exclude<WorkbookAnswer, { type: 'failed' }>>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkbookAnswer>) => {
      const answer = event.data;
      if (answer.type === 'failed') reject(new Error(answer.message));
      else resolve(answer);
    };
    worker.onerror = (event) => reject(new Error(event.message || 'the workbook worker failed'));
    worker.postMessage({ file, sheet } satisfies WorkbookRequest);
  }).finally(() => worker.terminate());
}
