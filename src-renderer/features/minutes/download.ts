/** Saves bytes the core made as a file: a Blob behind a temporary link (web mode and the Electron shell alike). */
export function saveBytes(base64: string, fileName: string, mime: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled: an immediate revoke can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
