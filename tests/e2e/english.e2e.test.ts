import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoFolder, type DemoIds } from './screens';
import { launchChromium, screenshotPath, startServer, type RunningServer } from './support';

let browser: Browser;
let server: RunningServer;
let ids: DemoIds;
let userData: string[];

/**
 * Tables whose text is the user's (or the demo's typed) data: names, addresses, people, serials,
 * notes, answers. Their strings are stripped from the page before looking for Vietnamese; words the
 * product itself writes (finding titles, warnings, labels) live elsewhere and must be translated.
 */
const USER_TABLES = [
  // A requirement's text and who answers for it are typed by the team (the demo writes them in Vietnamese).
  'requirements',
  'facilities', 'workers', 'xray_units', 'sealed_sources', 'wastewater_systems', 'licences', 'inspections', 'inspection_answers', 'dose_records', 'admin_units', 'inspector_profile', 'attachments'];

function collectStrings(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    const t = value.trim();
    if (t.startsWith('[') || t.startsWith('{')) {
      try {
        collectStrings(JSON.parse(t), out);
        return;
      } catch {
        /* plain text that starts with a bracket */
      }
    }
    // Keys, ids, numbers and dates are not words: cutting them out would hide raw keys and mangle text.
    if (t.length >= 3 && /\p{L}/u.test(t) && !/^[a-z0-9_.:-]+$/.test(t) && !/^\d{4}-\d{2}-\d{2}/.test(t)) out.add(t);
  } else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => collectStrings(v, out));
}

function collectCitations(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) value.forEach((v) => collectCitations(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'citation' && v && typeof v === 'object' && !('en' in v) && typeof (v as { vi?: unknown }).vi === 'string') out.add((v as { vi: string }).vi);
      else collectCitations(v, out);
    }
  }
}

/** Document numbers ("142/2020/NĐ-CP", "NĐ 142/2020/NĐ-CP") are official identifiers, the same in both languages. */
const DOCUMENT_NUMBER = /(?:\b(?:NĐ|TTLT|TT|QĐ)\s)?\d+\/\d{4}\/[A-ZĐ0-9-]+/gu;

/** The language switch names Vietnamese in Vietnamese ("Tiếng Việt"), as language pickers do. */
const OWN_NAMES = ['Tiếng Việt'];

function readUserData(dataDir: string): string[] {
  const db = new Database(path.join(dataDir, 'kiemtra.sqlite'), { readonly: true });
  const out = new Set<string>();
  for (const table of USER_TABLES) for (const row of db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[]) collectStrings(Object.values(row), out);
  db.close();
  // Place names the app ships (provinces, communes) are proper names, not words to translate.
  for (const p of (JSON.parse(fs.readFileSync(path.resolve('resources/admin-units/provinces.json'), 'utf8')) as { provinces: { name: string }[] }).provinces) out.add(p.name);
  // Legal citations whose template gives no English are the official Vietnamese titles of the documents
  // (the minutes quote them verbatim); they are whitelisted here, named one by one from the templates.
  for (const file of fs.readdirSync(path.resolve('resources/checklists'))) collectCitations(JSON.parse(fs.readFileSync(path.resolve('resources/checklists', file), 'utf8')), out);
  // Longest first, so a name is removed whole before a shorter one inside it.
  return [...out].sort((a, b) => b.length - a.length);
}

beforeAll(async () => {
  const seeded = seedDemoFolder('kt-e2e-english-');
  ids = seeded.ids;
  userData = readUserData(seeded.dataDir);
  server = await startServer(seeded.dataDir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const SLOW = { timeout: 15_000 };

/** Letters only Vietnamese uses (ă â đ ê ô ơ ư and the tone marks), any case. */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
/** Raw keys: dotted rule keys ("radiation.consolePosition") and ALL_CAPS_WITH_UNDERSCORES or INSPECTION. */
const RAW_KEYS = [/\b(radiation|wastewater|sources|xray|common|flow|inspections|findings)\.[a-z_]+[A-Za-z_.]*/u, /\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/u, /\bINSPECTION\b/u];

/** The page's visible text with the user's data cut out, one line per line. */
async function visibleText(page: Page): Promise<string> {
  let text = await page.locator('body').innerText();
  for (const s of userData) text = text.split(s).join(' ');
  for (const s of OWN_NAMES) text = text.split(s).join(' ');
  return text.replace(DOCUMENT_NUMBER, ' ');
}

function offending(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && (VIETNAMESE.test(l) || RAW_KEYS.some((r) => r.test(l))));
}

const SCREENS: { name: string; path: (d: DemoIds) => string }[] = [
  { name: 'facility list', path: () => '#/facilities' },
  { name: 'facility detail', path: (d) => `#/facilities/${d.facilityId}` },
  { name: 'facility detail — workers', path: (d) => `#/facilities/${d.facilityId}?tab=workers` },
  { name: 'check list', path: () => '#/inspections' },
  { name: 'open radiation check', path: (d) => `#/inspections/${d.radiationCheckId}` },
  { name: 'open wastewater check', path: (d) => `#/inspections/${d.wastewaterCheckId}` },
  { name: 'warnings', path: () => '#/warnings' },
  { name: 'requirements', path: () => '#/requirements' },
  { name: 'rule packs', path: () => '#/rules' },
  { name: 'settings', path: () => '#/settings' },
  { name: 'dashboard', path: () => '#/dashboard' },
];

describe('the English UI in Chromium shows no Vietnamese and no raw keys outside user data (issue 7)', () => {
  it('switches to English in Settings and every main screen reads in English', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}#/settings`);
    await page.getByText('English', { exact: true }).click();
    await expect.poll(() => page.locator('h1').innerText(), SLOW).toBe('Settings');

    const found: Record<string, string[]> = {};
    for (const screen of SCREENS) {
      await page.goto(`${server.url}${screen.path(ids)}`);
      await page.locator('h1').first().waitFor(SLOW);
      // Let lists and forms load their data (no spinner, no "Loading").
      await page.waitForLoadState('networkidle');
      await expect.poll(() => page.locator('.mantine-Loader-root').count(), SLOW).toBe(0);
      if (screen.name === 'open radiation check') await page.screenshot({ path: screenshotPath('english-open-check'), fullPage: false });
      const bad = offending(await visibleText(page));
      if (bad.length) found[screen.name] = bad;
    }
    expect(found).toEqual({});
    await page.close();
  });
});
