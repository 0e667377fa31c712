// Signs rule packs with an Ed25519 private key kept OUTSIDE the repository (docs/rule-packs.md,
// "Signatures"). The signature goes into the pack's `signature` field; the file is rewritten.
//
//   node --import tsx scripts/sign-pack.ts --key <private.pem> resources/rules/*.json
//   node --import tsx scripts/sign-pack.ts --new-key <folder outside the repo>
//       makes a key pair: <folder>/rule-packs.key.pem (private, 0600) and <folder>/rule-packs.pub.pem
//
// The app trusts shipped packs signed by resources/keys/rule-packs-release.pem, and imported packs
// signed by that key or by a supervisor key trusted on the device (Quy chuẩn → Khoá tin cậy).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDeviceKeyPair, publicKeyFingerprint } from '../src-main/core/identity/keys';
import { signPackObject } from '../src-main/core/rules/trust';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return null;
  const v = args[i + 1];
  args.splice(i, 2);
  return v ?? null;
};

const newKeyDir = flag('--new-key');
if (newKeyDir) {
  const dir = path.resolve(newKeyDir);
  if (dir === repo || dir.startsWith(repo + path.sep)) {
    console.error('sign-pack: the private key must not be written inside the repository.');
    process.exit(2);
  }
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const keys = generateDeviceKeyPair();
  const priv = path.join(dir, 'rule-packs.key.pem');
  if (fs.existsSync(priv)) {
    console.error(`sign-pack: ${priv} already exists; not overwritten.`);
    process.exit(2);
  }
  fs.writeFileSync(priv, keys.privateKeyPem, { mode: 0o600 });
  fs.writeFileSync(path.join(dir, 'rule-packs.pub.pem'), keys.publicKeyPem);
  console.log(`private key: ${priv}\npublic key:  ${path.join(dir, 'rule-packs.pub.pem')}\nfingerprint: ${publicKeyFingerprint(keys.publicKeyPem)}`);
  process.exit(0);
}

const keyFile = flag('--key') ?? process.env.KIEMTRA_PACK_SIGNING_KEY ?? null;
if (!keyFile || args.length === 0) {
  console.error('usage: sign-pack.ts --key <private.pem> <pack.json>… | --new-key <folder>');
  process.exit(2);
}
const privateKeyPem = fs.readFileSync(keyFile, 'utf8');
const { createPublicKey } = await import('node:crypto');
const publicKeyPem = createPublicKey(privateKeyPem).export({ type: 'spki', format: 'pem' }).toString();
for (const file of args) {
  const text = fs.readFileSync(file, 'utf8');
  const pack = JSON.parse(text) as Record<string, unknown>;
  const { signature } = signPackObject(pack, { publicKeyPem, privateKeyPem }) as { signature: unknown };
  // The signature covers the canonical JSON, not the layout: the file keeps its formatting and only
  // its last member, "signature", is replaced, so a re-signed pack has a one-line diff.
  const unsigned = text.replace(/,\s*"signature":\s*\{[^{}]*\}\s*\}\s*$/, '\n}\n');
  const signed = unsigned.replace(/\s*\}\s*$/, `,\n  "signature": ${JSON.stringify(signature)}\n}\n`);
  const check = JSON.parse(signed) as Record<string, unknown>;
  if (JSON.stringify({ ...check, signature: undefined }) !== JSON.stringify({ ...pack, signature: undefined })) {
    console.error(`sign-pack: ${file}: could not place the signature without changing the pack; is "signature" its last member?`);
    process.exit(1);
  }
  fs.writeFileSync(file, signed);
  console.log(`signed ${file} (${publicKeyFingerprint(publicKeyPem)})`);
}
