import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The system's Chromium; tests never download a browser. */
export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find(
    (candidate): candidate is string => !!candidate && existsSync(candidate),
  );
  if (!found) {
    throw new Error(
      'No Chromium found. Run `node scripts/ensure-chromium.mjs` (as root on Debian it runs `apt-get install -y chromium`), or set CHROMIUM_PATH.',
    );
  }
  return found;
}

/** Flags that keep Chromium from reaching the internet on its own (and run it as root). */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Headless Chromium with no background traffic to the internet. Playwright gives every launch a
 * fresh temporary profile of its own.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: QUIET_CHROMIUM_FLAGS,
  });
}
