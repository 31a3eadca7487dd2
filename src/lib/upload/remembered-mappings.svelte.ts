import type { UploadChoices } from './build-plan';
import {
  mappingFor,
  parseRemembered,
  withMapping,
  type RememberedMapping,
} from './remembered-mapping';

const STORAGE_KEY = 'takeover-watch-mappings';
/** Enough for a reader's regular files; the oldest is forgotten first. */
const LIMIT = 20;

/** Today in the reader's time zone, as `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// Storage can be off (a private window, a setting): then nothing is remembered, and nothing fails.
function read(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function write(mappings: readonly RememberedMapping[]): void {
  try {
    if (mappings.length === 0) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, JSON.stringify(mappings));
  } catch {
    // Full or switched off: the mapping is simply not kept.
  }
}

/** The mappings this browser keeps, newest first, as the upload form offers them. */
class RememberedMappings {
  // Read once, when the upload's code first loads (on a server, `read` finds no storage).
  list = $state.raw<RememberedMapping[]>(parseRemembered(read()));

  /** The mapping confirmed before for a file with these headers. */
  find(headers: readonly string[]): RememberedMapping | null {
    return mappingFor(this.list, headers);
  }

  remember(file: string, headers: readonly string[], choices: UploadChoices): void {
    this.list = withMapping(this.list, file, headers, choices, today(), LIMIT);
    write(this.list);
  }

  forget(key: string): void {
    this.list = this.list.filter((mapping) => mapping.key !== key);
    write(this.list);
  }
}

export const rememberedMappings = new RememberedMappings();
