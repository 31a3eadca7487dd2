/// <reference lib="webworker" />
import type { ReaderAnswer, ReaderRequest } from './reader-messages';
import { recordBatches } from './record-batches';
import { sniff } from './sniff/sniff';

/** Enough of a file to decode it, find its delimiter and header, and preview it. */
const SNIFF_BYTES = 1 << 20;
const CHUNK_BYTES = 16 << 20;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (answer: ReaderAnswer, transfer: Transferable[] = []) =>
  scope.postMessage(answer, transfer);

let resume: (() => void) | null = null;
const nextAsked = () =>
  new Promise<void>((resolve) => {
    resume = resolve;
  });

async function* chunksOf(file: Blob) {
  for (let offset = 0; offset < file.size; offset += CHUNK_BYTES)
    yield new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
}

async function read(request: Extract<ReaderRequest, { type: 'read' }>) {
  for await (const { batch, bytesRead } of recordBatches(chunksOf(request.file), request)) {
    post({ type: 'batch', batch, bytesRead }, [batch.bytes.buffer]);
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
