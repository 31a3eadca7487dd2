import { brokers, events, fsaMonthly, fsaReleases, stocks } from '$lib/schema';
import { incidents } from '$lib/schema/incidents';
import type { TableSpec } from '$lib/schema';
import type { UploadTargetName } from '../types';

/** The tables an upload can be mapped to, in the order a tie between them is settled. */
export const UPLOAD_TARGETS = {
  fsa_releases: fsaReleases,
  fsa_monthly: fsaMonthly,
  brokers,
  stocks,
  events,
  incidents,
} as const satisfies Record<UploadTargetName, TableSpec>;

export type UploadTargets = typeof UPLOAD_TARGETS;

export const UPLOAD_TARGET_NAMES = Object.keys(UPLOAD_TARGETS) as UploadTargetName[];
