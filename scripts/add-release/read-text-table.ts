import { parseCsv } from '$lib/ingest/parse-csv';
import { detectDelimiter } from '$lib/upload/sniff/delimiter';
import type { UploadMessage } from '$lib/upload/upload-message';
import { decodeTable, encodingName } from './decode-text';
import { withoutBlankRows, type Grid } from './grid';

const DELIMITER_NAMES = { ',': 'comma', '\t': 'tab', ';': 'semicolon' } as const;

/** A CSV or TSV file's rows, in the encoding and with the delimiter the upload would detect. */
export function readTextTable(
  file: string,
  bytes: Uint8Array,
): Grid | { problem: UploadMessage } | { syntax: string; line: number } {
  const decoded = decodeTable(bytes);
  if ('problem' in decoded) return decoded;
  const delimiter = detectDelimiter(decoded.text);
  const parsed = parseCsv(file, decoded.text, delimiter);
  const [syntax] = parsed.issues;
  if (syntax !== undefined) return { syntax: syntax.rule, line: syntax.line };
  return {
    rows: withoutBlankRows(parsed.rows),
    readAs: `${encodingName(decoded.encoding)}, ${DELIMITER_NAMES[delimiter]}-separated`,
    columnName: (index) => String(index + 1),
  };
}
