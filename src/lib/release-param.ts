import { LATEST, type ReleaseChoice } from '$lib/queries/monthly-metrics';

const RELEASE_ID = /^\d{4}-\d{2}(-\d{2})?$/;

/** The `release` URL parameter, if it is shaped like a release id; whether it exists is checked later. */
export function releaseFromUrl(search: string): ReleaseChoice {
  const value = new URLSearchParams(search).get('release');
  return value && RELEASE_ID.test(value) ? value : LATEST;
}

/** The same address with `release` set, or removed for the latest figures. */
export function urlWithRelease(href: string, release: ReleaseChoice): string {
  const url = new URL(href);
  if (release === LATEST) url.searchParams.delete('release');
  else url.searchParams.set('release', release);
  return url.toString();
}
