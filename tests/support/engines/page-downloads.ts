type Downloads = Window & { downloads?: { name: string; blob: Blob }[] };

/**
 * Keeps the files the page hands to the browser instead of saving them (no driver here can
 * read WebKitGTK's downloads): the page's own blob, as made, with its file name.
 */
export function catchDownloads() {
  const downloads: { name: string; blob: Blob }[] = [];
  (window as Downloads).downloads = downloads;
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (this.download && blob) downloads.push({ name: this.download, blob });
  };
}

/** The first file caught, read in the page: its name, type, size and first eight bytes. */
export async function readFirstDownload() {
  const first = (window as Downloads).downloads?.[0];
  if (!first) return null;
  const bytes = new Uint8Array(await first.blob.arrayBuffer());
  return {
    name: first.name,
    type: first.blob.type,
    size: bytes.length,
    signature: [...bytes.slice(0, 8)],
  };
}
