import type { Db } from '$lib/db/db';
import type { FsaReleaseRow } from '$lib/schema';

/** The FSA releases, oldest first. */
export function releases(db: Db): Promise<FsaReleaseRow[]> {
  return db.query<FsaReleaseRow>('SELECT * FROM fsa_releases ORDER BY release_id');
}
