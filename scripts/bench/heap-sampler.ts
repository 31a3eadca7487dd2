import type { Browser, CDPSession } from 'playwright-core';

const SAMPLE_EVERY_MS = 25;
const ANSWER_WITHIN_MS = 1000;

/** One target's used JavaScript heap, asked over a browser-level DevTools session. */
class HeapProbe {
  private readonly sessions = new Map<string, string>();
  private readonly waiting = new Map<number, (used: number) => void>();
  private lastId = 0;

  constructor(private readonly cdp: CDPSession) {
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: { usedSize?: number } };
      if (message.id === undefined) return;
      this.waiting.get(message.id)?.(message.result?.usedSize ?? 0);
      this.waiting.delete(message.id);
    });
  }

  /** Every page and worker the browser has now, pages and workers that ended counting 0. */
  async usedNow(): Promise<{ page: number; all: number }> {
    const { targetInfos } = await this.cdp.send('Target.getTargets');
    const targets = targetInfos.filter((info) => info.type === 'page' || info.type === 'worker');
    const used = await Promise.all(
      targets.map(async (info) => ({ type: info.type, used: await this.used(info.targetId) })),
    );
    return {
      page: used.filter((entry) => entry.type === 'page').reduce((sum, e) => sum + e.used, 0),
      all: used.reduce((sum, entry) => sum + entry.used, 0),
    };
  }

  private async used(targetId: string): Promise<number> {
    try {
      let sessionId = this.sessions.get(targetId);
      if (!sessionId) {
        // Not flattened: Playwright's session API cannot address a flattened child session.
        ({ sessionId } = await this.cdp.send('Target.attachToTarget', {
          targetId,
          flatten: false,
        }));
        this.sessions.set(targetId, sessionId);
      }
      const id = (this.lastId += 1);
      const answer = new Promise<number>((resolve) => {
        this.waiting.set(id, resolve);
        setTimeout(() => resolve(0), ANSWER_WITHIN_MS);
      });
      const message = JSON.stringify({ id, method: 'Runtime.getHeapUsage' });
      await this.cdp.send('Target.sendMessageToTarget', { sessionId, message });
      return await answer;
    } catch {
      return 0;
    }
  }
}

export interface HeapPeaks {
  /** The page's own thread. */
  pageBytes: number;
  /** The page and all its workers (DuckDB's and the upload reader's) at the same moment. */
  allBytes: number;
}

/**
 * Samples the used JavaScript heap of every page and worker in the browser until stopped, and
 * resolves to the peaks (stopping twice is harmless). Run one measurement at a time: other pages would count too.
 */
export async function sampleHeap(browser: Browser): Promise<() => Promise<HeapPeaks>> {
  const cdp = await browser.newBrowserCDPSession();
  const probe = new HeapProbe(cdp);
  const peaks: HeapPeaks = { pageBytes: 0, allBytes: 0 };
  let running = true;
  const sampling = (async () => {
    while (running) {
      const used = await probe.usedNow();
      peaks.pageBytes = Math.max(peaks.pageBytes, used.page);
      peaks.allBytes = Math.max(peaks.allBytes, used.all);
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_EVERY_MS));
    }
  })();
  let stopped: Promise<HeapPeaks> | null = null;
  return () =>
    (stopped ??= (async () => {
      running = false;
      await sampling;
      await cdp.detach();
      return peaks;
    })());
}
