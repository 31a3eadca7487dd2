import { chromium, type Browser } from 'playwright-core';
import { requireBinary } from '../../scripts/browser-locations.mjs';

/** The system's Chromium; tests never download a browser. */
export function chromiumPath(): string {
  return requireBinary('chromium');
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
