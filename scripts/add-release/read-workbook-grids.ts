import {
  listWorkbookSheets,
  readWorkbook,
  WorkbookError,
} from '$lib/upload/workbook/read-workbook';
import { sheetTextRows } from '$lib/upload/workbook/text-cells';
import { columnLetters, withoutBlankRows, type Grid } from './grid';

/** The workbook's sheets (or the one named) as text cells, as the upload reads them. */
export async function readWorkbookGrids(
  bytes: Uint8Array,
  sheet: string | null,
): Promise<Grid[] | { problem: string }> {
  try {
    const names = await listWorkbookSheets(bytes);
    if (sheet !== null && !names.includes(sheet)) {
      return { problem: `the workbook has no sheet "${sheet}" (its sheets: ${names.join(', ')})` };
    }
    const sheets = await readWorkbook(bytes, {}, sheet === null ? undefined : [sheet]);
    return sheets.map((read) => ({
      rows: withoutBlankRows(
        sheetTextRows(read).map((cells, index) => ({ line: index + 1, cells })),
      ),
      readAs: `.xlsx, sheet "${read.name}"`,
      columnName: columnLetters,
    }));
  } catch (error) {
    if (error instanceof WorkbookError) {
      return { problem: `cannot be read as an .xlsx workbook (${error.message})` };
    }
    throw error;
  }
}
