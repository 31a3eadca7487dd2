import type { LoadedUpload } from '$lib/upload/upload-session.svelte';

/** What the reader's uploads did to the data: files loaded, files merged, and a version. */
export class DataChanges {
  /** Bumped whenever an upload changes a published table, or a reset restores them. */
  version = $state(0);
  uploads = $state.raw<readonly LoadedUpload[]>([]);
  /** Files whose rows are in the published tables now, until the reader resets them. */
  mergedFiles = $state.raw<readonly string[]>([]);
  /** An upload is being loaded: the published tables may be in a transaction. */
  busy = $state(false);

  loaded(upload: LoadedUpload): void {
    this.uploads = [...this.uploads, upload];
    if (upload.report.mode === 'beside') return;
    this.mergedFiles = [...this.mergedFiles, upload.report.file];
    this.version += 1;
  }

  /** A load into the published tables was rolled back: what was read from them may be stale. */
  rolledBack(): void {
    this.version += 1;
  }

  /** The published tables were restored (or the restore failed part way): read them again. */
  reset(restored: boolean): void {
    if (restored) this.mergedFiles = [];
    this.version += 1;
  }
}
