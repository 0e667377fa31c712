import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src-main/core/core';
import { generateDeviceKeyPair } from '../../../src-main/core/identity/keys';
import { loadShippedPacks } from '../../../src-main/core/rules/packs';
import { KiemTraError } from '../../../src-shared/api/errors';
import { IMPORT_REASON, SUPERVISOR, SUPERVISOR_LABEL, signedBySupervisor, trustSupervisor } from './signing';

const resourcesDir = path.resolve('resources');
const cores: Core[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.close()));

function tempCore(): Core {
  const core = openCore({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'kt-trust-')), resourcesDir, actor: 'Nguyễn Văn Giám Sát (thiết bị 7f3a)' });
  cores.push(core);
  return core;
}

/** The shipped radiation pack with a higher version and every dose-rate limit × factor: the attack in issue 12. */
function loosened(factor: number | 'huge') {
  const pack = JSON.parse(fs.readFileSync(path.join(resourcesDir, 'rules', 'radiation-xray-142-2020.json'), 'utf8'));
  delete pack.signature;
  pack.version = '9.0.0';
  for (const rule of pack.rules) {
    if (rule.kind === 'radiation.dose_rate') rule.parameters.max.value = factor === 'huge' ? 1e308 : rule.parameters.max.value * factor;
  }
  return pack;
}

/** Everything an import could have written. */
function snapshot(core: Core) {
  return {
    packs: core.db.prepare('SELECT id, version FROM rule_packs').all(),
    audit: (core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'rule_pack'").get() as { n: number }).n,
    inUse: core.call('rules.packs.list', {}),
  };
}

function refusedWith(core: Core, json: string, code: string, reason = IMPORT_REASON) {
  const before = snapshot(core);
  const r = core.call('rules.packs.import', { fileName: 'radiation-9.0.0.json', json, reason });
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('imported');
  expect(r.error.code).toBe(code);
  expect(snapshot(core)).toEqual(before);
  return r.error;
}

describe('only signed rule packs from a trusted key are imported', () => {
  it('refuses an unsigned pack with a shipped id and a higher version (limits doubled, or × 1000), changing nothing', () => {
    const core = tempCore();
    trustSupervisor(core);
    const e = refusedWith(core, JSON.stringify(loosened(2)), 'UNTRUSTED');
    expect(e.vi).toContain('chưa được ký');
    expect(e.en).toContain('not signed');
    // × 1000 does not even reach the signature check: the figures are implausible.
    refusedWith(core, JSON.stringify(loosened(1000)), 'BAD_FILE');
  });

  it('refuses a pack signed by a key this device does not trust, naming the key', () => {
    const core = tempCore();
    trustSupervisor(core);
    const stranger = generateDeviceKeyPair();
    const e = refusedWith(core, signedBySupervisor({ ...loosened(1), notes: 'gói lạ' }, stranger), 'UNTRUSTED');
    expect(e.en).toContain('does not trust');
    expect(String(e.context?.keyFingerprint)).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){15}$/);
  });

  it('refuses a trusted signature on content changed after signing', () => {
    const core = tempCore();
    trustSupervisor(core);
    const pack = JSON.parse(signedBySupervisor(loosened(1)));
    pack.rules.find((r: { kind: string }) => r.kind === 'radiation.dose_rate').parameters.max.value = 20;
    const e = refusedWith(core, JSON.stringify(pack), 'UNTRUSTED');
    expect(e.en).toContain('does not match');
    expect(e.en).toContain(SUPERVISOR_LABEL);
  });

  it('refuses, field by field, limits outside their plausible range even when a trusted key signed them', () => {
    const core = tempCore();
    trustSupervisor(core);
    for (const factor of [1000, 'huge'] as const) {
      const e = refusedWith(core, signedBySupervisor(loosened(factor)), 'BAD_FILE');
      expect(e.issues?.length).toBeGreaterThan(0);
      expect(e.issues![0]!.path).toMatch(/^rules\.\d+\.parameters\.max\.value$/);
      expect(e.issues![0]!.en).toMatch(/plausible range|cannot exceed/);
    }
  });

  it('needs a reason, field-level', () => {
    const core = tempCore();
    trustSupervisor(core);
    const e = refusedWith(core, signedBySupervisor(loosened(1)), 'VALIDATION', '  ');
    expect(e.issues?.map((i) => i.path)).toEqual(['reason']);
  });

  it('imports a pack a trusted supervisor signed; the audit names the person, the reason and the key', () => {
    const core = tempCore();
    trustSupervisor(core);
    const r = core.call('rules.packs.import', { fileName: 'radiation-9.0.0.json', json: signedBySupervisor(loosened(1)), reason: IMPORT_REASON });
    if (!r.ok) throw new Error(r.error.en);
    expect(r.value.signedBy.label).toBe(SUPERVISOR_LABEL);
    const audit = core.db.prepare("SELECT actor, new_values FROM audit_log WHERE entity = 'rule_pack'").get() as { actor: string; new_values: string };
    expect(audit.actor).toBe('Nguyễn Văn Giám Sát (thiết bị 7f3a)');
    expect(JSON.parse(audit.new_values)).toMatchObject({ reason: IMPORT_REASON, signerLabel: SUPERVISOR_LABEL, signedBy: r.value.signedBy.fingerprint });
    expect(core.db.prepare('SELECT reason, signed_by FROM rule_packs').get()).toEqual({ reason: IMPORT_REASON, signed_by: r.value.signedBy.fingerprint });
  });

  it('a revoked key signs nothing more; trusting and revoking are audited', () => {
    const core = tempCore();
    trustSupervisor(core);
    const keys = core.call('rules.keys.list', {});
    const fp = keys.ok ? keys.value.find((k) => k.source === 'device')!.fingerprint : '';
    expect(keys.ok && keys.value.map((k) => k.source)).toEqual(['release', 'device']);
    const revoked = core.call('rules.keys.revoke', { fingerprint: fp, reason: 'Cán bộ đã chuyển công tác' });
    expect(revoked.ok).toBe(true);
    refusedWith(core, signedBySupervisor(loosened(1)), 'UNTRUSTED');
    const actions = core.db.prepare("SELECT action, actor FROM audit_log WHERE entity = 'trusted_key' ORDER BY id").all();
    expect(actions).toEqual([
      { action: 'create', actor: 'Nguyễn Văn Giám Sát (thiết bị 7f3a)' },
      { action: 'update', actor: 'Nguyễn Văn Giám Sát (thiết bị 7f3a)' },
    ]);
  });

  it('refuses to trust a private key, an RSA key or junk, and writes nothing', () => {
    const core = tempCore();
    const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    for (const publicKeyPem of [SUPERVISOR.privateKeyPem, rsa, 'khoá của Sở']) {
      const r = core.call('rules.keys.trust', { publicKeyPem, label: SUPERVISOR_LABEL, reason: IMPORT_REASON });
      expect(!r.ok && r.error.issues?.map((i) => i.path)).toEqual(['publicKeyPem']);
    }
    expect(core.db.prepare('SELECT count(*) AS n FROM trusted_keys').get()).toEqual({ n: 0 });
    expect(core.db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'trusted_key'").get()).toEqual({ n: 0 });
  });
});

describe('shipped packs are signed by the release key', () => {
  it('every shipped pack verifies against resources/keys/rule-packs-release.pem', () => {
    expect(loadShippedPacks(resourcesDir).length).toBeGreaterThanOrEqual(4);
  });

  it('a shipped pack edited after signing stops loading, naming the file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kt-res-'));
    fs.cpSync(resourcesDir, dir, { recursive: true });
    const file = path.join(dir, 'rules', 'radiation-xray-142-2020.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"max": {\n          "value": 10,', '"max": {\n          "value": 20,'));
    expect(fs.readFileSync(file, 'utf8')).toContain('"value": 20,');
    let error: unknown;
    try {
      loadShippedPacks(dir);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(KiemTraError);
    expect((error as KiemTraError).en).toContain('radiation-xray-142-2020.json');
    expect((error as KiemTraError).en).toContain('does not match');
  });
});
