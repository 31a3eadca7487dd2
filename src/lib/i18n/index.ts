import { en } from './en';

export type { Dictionary } from './en';

/** The interface's words. English until the Japanese dictionary lands. */
export const t = en;
