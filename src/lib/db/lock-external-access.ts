import type { Db } from './db';

/**
 * After the data is loaded, SQL may read the loaded tables and nothing else: no files, no URLs, no
 * extension downloads, and no setting can turn that back on.
 */
export async function lockExternalAccess(db: Db): Promise<void> {
  await db.query('SET autoinstall_known_extensions = false');
  await db.query('SET autoload_known_extensions = false');
  await db.query('SET enable_external_access = false');
  await db.query('SET lock_configuration = true');
}
