/// <reference lib="webworker" />
import { LineRecords } from './line-records';
import type { ReaderAnswer, ReaderRequest } from './reader-messages';
import { sniff } from './sniff/sniff';
import { MAX_RECORD_BYTES } from './stage-raw';
import type { TextEncodingName } from './types';

/** Enough of a file to decode it, find its delimiter and header, and preview it. */
const SNIFF_BYTES = 1 << 20;
const CHUNK_BYTES = 16 << 20;
const BYTE_ORDER_MARK = 3;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (answer: ReaderAnswer, transfer: Transferable[] = []) =>
  scope.postMessage(answer, transfer);

let resume: (() => void) | null = null;
const nextAsked = () =>
  new Promise<void>((resolve) => {
    resume = resolve;
  });

/** Turns a chunk of the file into UTF-8: Shift_JIS is decoded and re-encoded, UTF-8 passes. */
function utf8Converter(encoding: TextEncodingName) {
  if (encoding !== 'shift_jis') return (bytes: Uint8Array) => bytes;
  const decoder = new TextDecoder('shift_jis');
  const encoder = new TextEncoder();
  return (bytes: Uint8Array, last = false) =>
    encoder.encode(decoder.decode(bytes, { stream: !last }));
}

async function read(request: Extract<ReaderRequest, { type: 'read' }>) {
  const toUtf8 = utf8Converter(request.encoding);
  const records = new LineRecords(
    request.delimiter.charCodeAt(0),
    request.headerLines,
    MAX_RECORD_BYTES,
  );
  const start = request.encoding === 'utf-8-bom' ? BYTE_ORDER_MARK : 0;
  for (let offset = start; offset < request.file.size; offset += CHUNK_BYTES) {
    const end = Math.min(offset + CHUNK_BYTES, request.file.size);
    const bytes = new Uint8Array(await request.file.slice(offset, end).arrayBuffer());
    const batch = records.push(toUtf8(bytes));
    post({ type: 'batch', batch, bytesRead: end }, [batch.bytes.buffer]);
    await nextAsked();
  }
  const last = records.push(toUtf8(new Uint8Array(0)));
  const rest = records.finish();
  for (const batch of [last, rest]) {
    post({ type: 'batch', batch, bytesRead: request.file.size }, [batch.bytes.buffer]);
    await nextAsked();
  }
  post({ type: 'done' });
}

scope.onmessage = async (event: MessageEvent<ReaderRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'next') resume?.();
    else if (request.type === 'sniff') {
      const bytes = new Uint8Array(await request.file.slice(0, SNIFF_BYTES).arrayBuffer());
      const options = { truncated: request.file.size > SNIFF_BYTES, encoding: request.encoding };
      post({ type: 'sniffed', result: sniff(bytes, options) });
    } else await read(request);
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
