import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { createRequire } from 'node:module';
import path from 'node:path';
import { arrowColumns, arrowToRows } from './arrow-rows';
import { QUERY_CONFIG, type Db } from './db';

function bundlePaths() {
  const require = createRequire(import.meta.url);
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundle = (name: 'mvp' | 'eh') => ({
    mainModule: path.join(dist, `duckdb-${name}.wasm`),
    mainWorker: path.join(dist, `duckdb-node-${name}.worker.cjs`),
  });
  return { mvp: bundle('mvp'), eh: bundle('eh') };
}

/** DuckDB-wasm's Node build: the engine the browser runs, for the build and the tests. */
export async function openNodeDb(): Promise<Db> {
  const bindings = await createDuckDB(bundlePaths(), new VoidLogger(), NODE_RUNTIME);
  await bindings.instantiate();
  bindings.open({ query: QUERY_CONFIG });
  const connection = bindings.connect();
  const readerConnection = bindings.connect();
  return {
    query: async (sql) => arrowToRows(connection.query(sql)),
    run: (sql) => ({
      // The blocking Node build runs a query to its end before anything else can happen.
      result: (async () => {
        const table = readerConnection.query(sql);
        return { columns: arrowColumns(table), rows: arrowToRows(table) };
      })(),
      cancel: async () => {},
    }),
    registerText: async (name, text) => bindings.registerFileText(name, text),
    registerBytes: async (name, bytes) => bindings.registerFileBuffer(name, bytes),
    dropFile: async (name) => bindings.dropFile(name),
    close: async () => {
      readerConnection.close();
      connection.close();
      bindings.reset();
    },
  };
}
