/// <reference lib="webworker" />
import { listWorkbookSheets, readWorkbook, WorkbookError } from './read-workbook';
import { sheetTextRows, textRowsCsv } from './text-cells';
import type { WorkbookAnswer, WorkbookRequest } from './workbook-messages';
import { DEFAULT_WORKBOOK_LIMITS } from './workbook-types';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (answer: WorkbookAnswer) => scope.postMessage(answer);

async function readSheet({ file, sheet }: WorkbookRequest): Promise<WorkbookAnswer> {
  // Refused before a byte of it is read into memory.
  if (file.size > DEFAULT_WORKBOOK_LIMITS.maxBytes)
    throw new WorkbookError({
      code: 'workbook-too-large',
      bytes: file.size,
      limit: DEFAULT_WORKBOOK_LIMITS.maxBytes,
    });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sheets = await listWorkbookSheets(bytes);
  const chosen = sheet !== undefined && sheets.includes(sheet) ? sheet : (sheets[0] ?? '');
  const [read] = await readWorkbook(bytes, {}, [chosen]);
  const rows = read ? sheetTextRows(read) : [];
  const csv = new Blob([textRowsCsv(rows)], { type: 'text/csv' });
  return { type: 'sheet', sheets, sheet: chosen, csv, rows: rows.length };
}

scope.onmessage = async (event: MessageEvent<WorkbookRequest>) => {
  try {
    post(await readSheet(event.data));
  } catch (error) {
    if (error instanceof WorkbookError) post({ type: 'problem', problem: error.problem });
    else post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
