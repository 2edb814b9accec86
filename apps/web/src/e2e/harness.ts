/**
 * @module
 * End-to-end harness: the web app on a random local port, driven by Debian's Chromium through
 * playwright-core (no browser download), with axe-core injected into each page. `checkAxe` fails
 * on serious or critical WCAG 2.1 A/AA violations with a readable list; `screenshot` saves a PNG
 * to test-results/screenshots/<name>.png for people to look at.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { WebConfig } from '../config';
import { testWebApp } from '../testing';

// The DOM inside page.evaluate callbacks (the project's TypeScript lib has no DOM types).
declare const document: {
  activeElement: {
    matches(s: string): boolean;
    id: string;
    tagName: string;
    textContent: string | null;
  } | null;
};

const require = createRequire(import.meta.url);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOTS = resolve(process.cwd(), 'test-results/screenshots');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface E2e {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly browser: Browser;
  /** A fresh browser context (own cookies) and page; `breedte` in CSS pixels (default 1280). */
  nieuwePagina(opties?: { javaScript?: boolean; breedte?: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts the web app and Chromium. By default the app on an in-memory database (`testWebApp`);
 * `maakApp` gives another app, e.g. `maakWebServer(o, config)` on the real services.
 */
export async function startE2e(
  config: Partial<WebConfig> = {},
  maakApp?: () => Promise<FastifyInstance>,
): Promise<E2e> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install Debian's package (apt-get install chromium) or run node scripts/ensure-chromium.mjs; CHROMIUM_PATH points elsewhere.`,
    );
  const app = maakApp ? await maakApp() : (await testWebApp(config)).app;
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const contexts: BrowserContext[] = [];
  return {
    app,
    url: address,
    browser,
    async nieuwePagina(opties = {}) {
      // bypassCSP: our CSP forbids inline scripts, and axe is injected as one.
      const ctx = await browser.newContext({
        bypassCSP: true,
        javaScriptEnabled: opties.javaScript ?? true,
        viewport: {
          width: opties.breedte ?? 1280,
          height: opties.breedte && opties.breedte < 600 ? 640 : 900,
        },
        locale: 'nl-NL',
      });
      contexts.push(ctx);
      return ctx.newPage();
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await app.close();
    },
  };
}

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** Runs axe (WCAG 2.0/2.1 A and AA) and throws on serious or critical violations. */
export async function checkAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = (await page.evaluate(`
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))
  `)) as AxeViolation[];
  const ernstig = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (ernstig.length > 0) {
    const lijst = ernstig
      .map(
        (v) =>
          `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${v.nodes
            .slice(0, 5)
            .map((n) => `    at ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`)
            .join('\n')}`,
      )
      .join('\n');
    throw new Error(`axe found ${ernstig.length} serious/critical violation(s) on ${page.url()}:\n${lijst}`);
  }
  return violations;
}

/**
 * Reflow (WCAG 1.4.10): the page itself does not scroll sideways. Wide tables may scroll, but only
 * inside their own region (`Tabelvak`), which is allowed for content that needs two dimensions.
 * Throws with the elements wider than the viewport outside such a region.
 */
export async function checkReflow(page: Page): Promise<void> {
  const r = (await page.evaluate(`(() => {
    const vw = document.documentElement.clientWidth;
    const te = [];
    for (const el of document.querySelectorAll('main *, header *, footer *')) {
      if (el.closest('.rm-tabel-wrap')) continue;
      const b = el.getBoundingClientRect();
      if (b.width > 0 && (b.right > vw + 1 || b.left < -1)) te.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className ? '.' + String(el.className).split(' ')[0] : '') + ' ' + Math.round(b.right));
    }
    return { vw, scroll: document.documentElement.scrollWidth, te: te.slice(0, 8) };
  })()`)) as { vw: number; scroll: number; te: string[] };
  if (r.scroll > r.vw || r.te.length > 0)
    throw new Error(
      `reflow: ${page.url()} is ${r.scroll}px wide at a ${r.vw}px viewport; too wide: ${r.te.join(', ')}`,
    );
}

export async function screenshot(page: Page, naam: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const pad = join(SCREENSHOTS, `${naam}.png`);
  await page.screenshot({ path: pad, fullPage: true });
  return pad;
}

/** Presses Tab until the focused element matches `selector` (at most `max` times). */
export async function tabNaar(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`keyboard: ${selector} not reached after ${max} Tab presses`);
}

/** What has focus now, for assertions: tag#id or the text. */
export async function focus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e) return '';
    return e.id
      ? `${e.tagName.toLowerCase()}#${e.id}`
      : `${e.tagName.toLowerCase()}:${(e.textContent ?? '').trim()}`;
  });
}
