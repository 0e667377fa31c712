import fs from 'node:fs';
import yazl from 'yazl';
import { readZipEntries, DEFAULT_LIMITS } from '../../../src-main/core/sync/zip-read';
import { sha256Hex, signBytes, signerFrom, type KeyPairPem } from '../../../src-main/core/identity/keys';
import { SEAL_PLACEHOLDER, sealArchive } from '../../../src-main/core/sync/archive-seal';

/** The entries of a bundle, in order. */
export async function entriesOf(file: string): Promise<Map<string, Buffer>> {
  return readZipEntries(fs.readFileSync(file), file, DEFAULT_LIMITS);
}

/** Writes entries as a zip (names and order as given; yazl allows a name twice), sealed with `keys` as the exporter does. */
export function writeZip(file: string, entries: [string, Buffer][], keys: KeyPairPem | null): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const zip = new yazl.ZipFile();
    for (const [name, data] of entries) zip.addBuffer(data, name);
    zip.end({ comment: SEAL_PLACEHOLDER, forceZip64Format: false });
    zip.outputStream.pipe(fs.createWriteStream(file)).on('close', () => resolve()).on('error', reject);
  }).then(() => {
    if (keys) sealArchive(file, signerFrom('test', keys));
  });
}

/** Seals a file again after its bytes were patched. */
export function reseal(file: string, keys: KeyPairPem): void {
  const data = fs.readFileSync(file);
  data.write(SEAL_PLACEHOLDER, data.length - SEAL_PLACEHOLDER.length, 'latin1');
  fs.writeFileSync(file, data);
  sealArchive(file, signerFrom('test', keys));
}

/** Re-lists every part's hash and size in the manifest and signs it again with `keys`. */
export function resign(entries: Map<string, Buffer>, keys: KeyPairPem, edit: (manifest: Record<string, unknown>) => void = () => {}): Map<string, Buffer> {
  const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
  manifest.parts = [...entries].filter(([n]) => n !== 'manifest.json' && n !== 'manifest.sig').map(([name, data]) => ({ name, sha256: sha256Hex(data), size: data.length }));
  edit(manifest);
  const bytes = Buffer.from(JSON.stringify(manifest), 'utf8');
  const out = new Map(entries);
  out.set('manifest.json', bytes);
  out.set('manifest.sig', Buffer.from(signBytes(keys.privateKeyPem, bytes).toString('base64')));
  return out;
}
