import type { identity as vi } from '../vi/identity';

export const identity: typeof vi = {
  firstRun: {
    title: 'Inspector profile',
    intro: 'First time KiemTra runs on this device: enter your profile. Every change and every minutes you sign will name you and this device.',
    keyNote: 'The app makes a signing key (Ed25519) for this device and keeps it in the data folder.',
    keyNoteWeb: 'In web mode (and on the command line) the signing key is stored UNENCRYPTED in device-key.json (readable by your account only). The desktop app encrypts it with the OS keychain.',
    submit: 'Create profile and signing key',
    form: 'Inspector profile',
  },
  fields: {
    fullName: 'Full name',
    position: 'Position',
    unit: 'Unit',
  },
  card: {
    title: "Inspector profile and this device's signing key",
    device: 'Device id',
    fingerprint: 'Public key fingerprint',
    keyFile: 'Key file',
    protection: 'Key protection',
    safeStorage: 'Encrypted with the OS keychain',
    none: 'NOT encrypted (web mode / command line): keep the data folder safe',
    edit: 'Edit profile',
    save: 'Save profile',
    saved: 'Profile saved',
    export: 'Export key for backup',
    exportTitle: 'Export the signing key for backup',
    exportHint: 'The backup holds the private key: whoever has it can sign as this device. Set a passphrase (at least 8 characters) and keep the file somewhere safe.',
    passphrase: 'Passphrase to encrypt the file (optional)',
    download: 'Download the backup',
    exported: 'Key exported: {{file}}',
    problem: 'The signing key cannot be used',
  },
  reason: {
    title: 'Delete "{{name}}"',
    label: 'Reason for deleting',
    hint: 'The reason is written into the audit log.',
    confirm: 'Delete',
  },
};
