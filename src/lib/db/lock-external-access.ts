import type { Db } from './db';

/** The only place SQL may read files from: what a reader uploads is registered here. */
export const UPLOAD_DIRECTORY = '/upload/';

/**
 * After the data is loaded, SQL may read the loaded tables and the reader's own uploads, and
 * nothing else: no other files, no URLs, no extension downloads, and no setting can turn that
 * back on.
 */
export async function lockExternalAccess(db: Db): Promise<void> {
  await db.query(`SET allowed_directories = ['${UPLOAD_DIRECTORY}']`);
  await db.query('SET autoinstall_known_extensions = false');
  await db.query('SET autoload_known_extensions = false');
  await db.query('SET enable_external_access = false');
  await db.query('SET lock_configuration = true');
}
