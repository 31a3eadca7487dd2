import { chromiumEngine } from './chromium-engine';
import type { Engine } from './engine';
import { firefoxEngine } from './firefox-engine';
import { webkitEngine } from './webkit-engine';

/** Blink, Gecko and WebKit: the engines of nearly every reader's browser. */
export const ENGINES: readonly Engine[] = [chromiumEngine, firefoxEngine, webkitEngine];
