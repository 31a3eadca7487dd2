import {
  AsyncDuckDB,
  selectBundle,
  VoidLogger,
  type InstantiationProgress,
} from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { Table } from 'apache-arrow';
import { arrowColumns, arrowToRows } from './arrow-rows';
import { QUERY_CONFIG, type Db } from './db';
import { stallWatchdog } from './stall-watchdog';

const STALL_MS = 30_000;

/** Both bundles are served by this site itself; no CDN. */
const SELF_HOSTED_BUNDLES = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

export interface LoadProgress {
  bytesLoaded: number;
  bytesTotal: number;
}

/**
 * Fails as soon as the wasm file is known to be unreachable. The worker's own download swallows
 * its errors, so without this only the stall watchdog would notice.
 */
async function checkReachable(url: string): Promise<never> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'HEAD' });
  } catch {
    throw new Error(`the DuckDB wasm file could not be requested (${url})`);
  }
  if (!response.ok)
    throw new Error(`the DuckDB wasm file answered HTTP ${response.status} (${url})`);
  return new Promise<never>(() => {});
}

/**
 * Starts the worker from a blob: URL that imports the self-hosted script. A worker loaded from
 * its own URL would take its Content-Security-Policy from HTTP headers, which a static host may
 * not send; one from a blob: URL inherits the page's policy, so it too may connect only to this
 * site.
 */
function startWorker(scriptUrl: string): Worker {
  const loader = new Blob([`importScripts(${JSON.stringify(scriptUrl)});`], {
    type: 'text/javascript',
  });
  return new Worker(URL.createObjectURL(loader));
}

/** DuckDB-wasm in a web worker, with the wasm download reported as it arrives. */
export async function openBrowserDb(onProgress?: (progress: LoadProgress) => void): Promise<Db> {
  const bundle = await selectBundle(SELF_HOSTED_BUNDLES);
  if (!bundle.mainWorker) throw new Error('DuckDB: no worker script in the selected bundle');
  const worker = startWorker(new URL(bundle.mainWorker, window.location.href).href);
  const duckdb = new AsyncDuckDB(new VoidLogger(), worker);
  const watchdog = stallWatchdog(STALL_MS, 'DuckDB download');
  const workerFailed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) =>
      reject(new Error(event.message || 'the DuckDB worker script could not be started')),
    );
  });
  const bytesTotal = __DUCKDB_WASM_BYTES__[bundle.mainModule === ehWasm ? 'eh' : 'mvp'];
  const report = (progress: InstantiationProgress) => {
    watchdog.poke();
    onProgress?.({ bytesLoaded: Math.min(progress.bytesLoaded, bytesTotal), bytesTotal });
  };
  try {
    const wasmUrl = new URL(bundle.mainModule, window.location.href).href;
    await Promise.race([
      duckdb.instantiate(wasmUrl, bundle.pthreadWorker, report),
      checkReachable(wasmUrl),
      watchdog.stalled,
      workerFailed,
    ]);
    await duckdb.open({ query: QUERY_CONFIG });
  } catch (error) {
    worker.terminate();
    throw error;
  } finally {
    watchdog.stop();
  }
  const connection = await duckdb.connect();
  const readerConnection = await duckdb.connect();
  return {
    query: async (sql) => arrowToRows(await connection.query(sql)),
    run: (sql) => ({
      result: (async () => {
        const reader = await readerConnection.send(sql);
        const table = new Table(await reader.readAll());
        return { columns: arrowColumns(table), rows: arrowToRows(table) };
      })(),
      cancel: async () => {
        await readerConnection.cancelSent();
      },
    }),
    registerText: (name, text) => duckdb.registerFileText(name, text),
    registerBytes: (name, bytes) => duckdb.registerFileBuffer(name, bytes),
    dropFile: async (name) => {
      await duckdb.dropFile(name);
    },
    close: async () => {
      await readerConnection.close();
      await connection.close();
      await duckdb.terminate();
    },
  };
}
