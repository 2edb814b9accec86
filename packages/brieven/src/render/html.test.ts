/**
 * The HTML version of every kind of letter in Debian's Chromium (playwright-core) with axe-core:
 * no WCAG 2.1 A/AA violations, the language, the title, one h1 and headings in order, table header
 * cells, and the same words as the PDF's document. A screenshot goes to test-results/brieven/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UITVOER } from '../testing/pdf-gereedschap';
import { alleVoorbeelden } from '../testing/voorbeelden';
import { briefHtml } from './brief';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Bevinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let browser: Browser;
beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: run node scripts/ensure-chromium.mjs or set CHROMIUM_PATH.`,
    );
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.entries(alleVoorbeelden()))('HTML of %s', (naam, brief) => {
  it('passes axe (WCAG 2.1 A/AA) and has lang, title, ordered headings and header cells', async () => {
    const page = await browser.newPage({ locale: 'nl-NL' });
    await page.setContent(briefHtml(brief), { waitUntil: 'load' });
    await page.addScriptTag({ path: AXE });
    const bevindingen = (await page.evaluate(`
      axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
        .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target })) })))
    `)) as Bevinding[];
    expect(bevindingen).toEqual([]);
    const feiten = (await page.evaluate(`({
      lang: document.documentElement.lang,
      titel: document.title,
      koppen: [...document.querySelectorAll('h1,h2,h3')].map((h) => Number(h.tagName[1])),
      th: document.querySelectorAll('th[scope=col]').length,
      tabellen: document.querySelectorAll('table').length,
    })`)) as { lang: string; titel: string; koppen: number[]; th: number; tabellen: number };
    expect(feiten.lang).toBe('nl');
    expect(feiten.titel).toMatch(/toeslagen (2025|2026)/);
    expect(feiten.koppen[0]).toBe(1);
    expect(feiten.koppen.filter((k) => k === 1)).toHaveLength(1);
    for (let i = 1; i < feiten.koppen.length; i++)
      expect(feiten.koppen[i]! - feiten.koppen[i - 1]!).toBeLessThanOrEqual(1);
    expect(feiten.th).toBeGreaterThanOrEqual(feiten.tabellen * 2);
    mkdirSync(UITVOER, { recursive: true });
    await page.screenshot({ path: `${UITVOER}/${naam}-html.png`, fullPage: true });
    await page.close();
  }, 60_000);
});
