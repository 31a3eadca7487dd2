import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { requireBinary } from '../../../scripts/browser-locations.mjs';
import { settleWithin } from './settle';

const STARTUP_TIMEOUT_MS = 30_000;

/** A port nobody listens on now, on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** WebKitWebDriver on a virtual X display, listening on 127.0.0.1. */
export interface WebKitDriverProcess {
  url: string;
  /** Ends Xvfb, the driver and every browser process it started (one process group). */
  stop(): Promise<void>;
}

/**
 * Starts `xvfb-run -a WebKitWebDriver` in a process group of its own, so that stopping it ends
 * Xvfb, MiniBrowser and WebKit's web and network processes too, even when a test failed.
 */
export async function startWebKitDriver(): Promise<WebKitDriverProcess> {
  const port = await freePort();
  const child = spawn(
    requireBinary('xvfbRun'),
    [
      '-a',
      '-s',
      '-screen 0 1920x1200x24 -nolisten tcp',
      requireBinary('webkitDriver'),
      `--port=${port}`,
      '--host=127.0.0.1',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  });
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // The group has ended already.
    }
  };
  // Should the test process end without running its clean-up, the browser goes with it.
  const onExit = () => killGroup('SIGKILL');
  process.once('exit', onExit);
  const stop = async () => {
    process.off('exit', onExit);
    if (child.exitCode !== null || child.signalCode !== null) return killGroup('SIGKILL');
    const exited = new Promise((resolve) => child.once('exit', resolve));
    killGroup('SIGTERM');
    if (!(await settleWithin(exited, 'stopping WebKitWebDriver', 5_000))) killGroup('SIGKILL');
    // xvfb-run may be gone while a browser process of its group lingers.
    killGroup('SIGKILL');
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`WebKitWebDriver exited (${child.exitCode}): ${output}`);
    }
    try {
      const status = await fetch(`${url}/status`, { signal: AbortSignal.timeout(2_000) });
      if (status.ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`WebKitWebDriver did not answer on ${url} within ${STARTUP_TIMEOUT_MS} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
