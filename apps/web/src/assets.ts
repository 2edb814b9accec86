/**
 * @module
 * Static assets, all served from this app (no CDN: the pages must work offline and send no
 * visitor to a third party). One stylesheet is built at start-up from the NL Design System
 * (Utrecht) component CSS, the Fira Sans @font-face rules (open substitute for the Rijkshuisstijl
 * font), our tokens and our layout; fonts are served from @fontsource/fira-sans by an allowlist.
 * URLs carry a content hash, so they may be cached for a year.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

const FONT_WEIGHTS = ['400', '600', '700'] as const;

export interface Asset {
  readonly body: Buffer;
  readonly type: string;
}

export interface Assets {
  /** URL of the stylesheet, e.g. `/assets/app.3f2a….css`. */
  readonly cssUrl: string;
  /** URL of the progressive-enhancement script. */
  readonly jsUrl: string;
  /** Path below `/assets/` → file. */
  readonly files: ReadonlyMap<string, Asset>;
}

function hash(body: Buffer | string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 12);
}

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

export function buildAssets(): Assets {
  const files = new Map<string, Asset>();
  const fontDir = join(packageDir('@fontsource/fira-sans'), 'files');
  const fontFaces: string[] = [];
  for (const w of FONT_WEIGHTS) {
    const name = `fira-sans-latin-${w}-normal.woff2`;
    const body = readFileSync(join(fontDir, name));
    const url = `fonts/${hash(body)}-${name}`;
    files.set(url, { body, type: 'font/woff2' });
    fontFaces.push(
      `@font-face{font-family:'Fira Sans';font-style:normal;font-display:swap;font-weight:${w};src:url(/assets/${url}) format('woff2');}`,
    );
  }
  const utrecht = readFileSync(join(packageDir('@utrecht/component-library-css'), 'dist/index.css'), 'utf8');
  const css = [
    fontFaces.join('\n'),
    utrecht,
    readFileSync(join(here, 'theme/tokens.css'), 'utf8'),
    readFileSync(join(here, 'theme/app.css'), 'utf8'),
  ].join('\n');
  const cssUrl = `app.${hash(css)}.css`;
  files.set(cssUrl, { body: Buffer.from(css), type: 'text/css; charset=utf-8' });
  const js = readFileSync(join(here, 'theme/app.js'));
  const jsUrl = `app.${hash(js)}.js`;
  files.set(jsUrl, { body: js, type: 'text/javascript; charset=utf-8' });
  return { cssUrl: `/assets/${cssUrl}`, jsUrl: `/assets/${jsUrl}`, files };
}
