// Saving a file the user asked for: the browser's download, named after the design.

/** Longest base name kept: room for an extension and a "(1)" the browser may add, under common 255-byte limits. */
const MAX_NAME_CHARS = 120;

/** Device names Windows refuses as file names, whatever the extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A file base name (no extension) made from a design name: characters Windows, macOS or Linux
 * refuse are dropped, runs of spaces collapse, and an empty result becomes "topology".
 */
export function safeFileName(name: string): string {
  let out = String(name ?? '')
    .normalize('NFC')
    // Path separators, Windows-reserved punctuation, control characters and bidi overrides (which can disguise an extension).
    .replace(/[<>:"/\\|?*\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Leading dots hide the file on Unix; trailing dots and spaces are stripped by Windows.
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (out.length > MAX_NAME_CHARS) out = Array.from(out).slice(0, MAX_NAME_CHARS).join('').trim();
  if (WINDOWS_RESERVED.test(out)) out = `${out} topology`;
  return out || 'topology';
}

/** Hands `blob` to the browser as a download called `filename`. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; the blob is freed a little later instead.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
