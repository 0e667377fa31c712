import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screens, seedDemoFolder, type DemoIds } from './screens';
import { launchChromium, screenshotPath, startServer, type RunningServer } from './support';

let browser: Browser;
let server: RunningServer;
let ids: DemoIds;
/** A second server on an empty folder with no profile, started for the first-run screen only. */
let fresh: RunningServer | null = null;

beforeAll(async () => {
  const demo = seedDemoFolder('kt-e2e-a11y-');
  ids = demo.ids;
  server = await startServer(demo.dataDir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await fresh?.stop();
});

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Waits until the screen has loaded its data and finished its transitions (no timing involved). */
async function settled(page: Page): Promise<void> {
  await page.locator(process.env.A11Y_BASELINE ? 'main :is(h1,h2)' : 'main h1').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.mantine-Loader-root').length === 0 && document.getAnimations().every((a) => a.playState !== 'running'));
}

describe('every main screen passes axe-core (WCAG 2.1 A/AA) at 1366×768 on the demo data', () => {
  for (const screen of screens) {
    it(screen.name, async () => {
      // The page's CSP forbids the injected axe script: lifted for this test's context only.
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
      const page = await context.newPage();
      if (screen.server === 'no-profile') fresh ??= await startServer(undefined, { profile: false });
      await page.goto((screen.server === 'no-profile' ? fresh! : server).url + screen.path(ids));
      await settled(page);
      if (screen.open) {
        await screen.open(page);
        await settled(page);
      }
      await page.screenshot({ path: screenshotPath(`a11y-${screen.name.replace(/[^a-z0-9]+/gi, '-')}`) });
      const h1s = await page.locator('h1').count();

      const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
      const blocking = result.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
      for (const v of result.violations) {
        for (const node of v.nodes) console.log(`[${screen.name}] ${v.impact} ${v.id} ${node.target.join(' ')} — ${v.help}`);
      }
      await context.close();
      expect(h1s, 'one h1 per page').toBe(1);
      expect(blocking.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`)).toEqual([]);
    });
  }
});
