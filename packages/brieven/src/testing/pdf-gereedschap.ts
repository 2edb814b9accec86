/**
 * @module
 * Runs Debian's poppler-utils on a PDF for tests: text (pdftotext), document info and the
 * structure tree (pdfinfo, pdfinfo -struct), fonts (pdffonts), PNG pages (pdftoppm) under
 * test-results/brieven/, and qpdf for the uncompressed objects.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const UITVOER = resolve(process.cwd(), 'test-results/brieven');

const HULP =
  'Install poppler-utils and qpdf (apt-get install poppler-utils qpdf), or run node scripts/ensure-pdf-tools.mjs.';

function poppler(cmd: string, args: string[]): string {
  if (!existsSync(`/usr/bin/${cmd}`)) throw new Error(`${cmd} not found. ${HULP}`);
  // pdfinfo prints "Syntax Error: Suspects object is wrong type" for Typst's PDF/UA files on stderr.
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/** Saves the PDF as test-results/brieven/<naam>.pdf and returns its path. */
export function bewaarPdf(naam: string, pdf: Uint8Array): string {
  mkdirSync(UITVOER, { recursive: true });
  const pad = join(UITVOER, `${naam}.pdf`);
  writeFileSync(pad, pdf);
  return pad;
}

/** The text in reading order (no-break spaces as spaces). */
export function pdfTekst(pad: string): string {
  return poppler('pdftotext', ['-layout', pad, '-']).replace(/\u00a0/g, ' ');
}

export function pdfInfo(pad: string): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const regel of poppler('pdfinfo', [pad]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(regel);
    if (m) uit[m[1]!.trim()] = m[2]!.trim();
  }
  return uit;
}

/** The structure tree as pdfinfo -struct prints it: one element per line, indented. */
export function pdfStructuur(pad: string): string {
  return poppler('pdfinfo', ['-struct', pad]);
}

/** Renders every page to test-results/brieven/<naam>-<n>.png (72 dpi) and returns the file names. */
export function pdfNaarPng(pad: string, naam: string): string[] {
  for (const f of readdirSync(UITVOER))
    if (f.startsWith(`${naam}-`) && f.endsWith('.png')) rmSync(join(UITVOER, f));
  poppler('pdftoppm', ['-png', '-r', '72', pad, join(UITVOER, naam)]);
  return readdirSync(UITVOER).filter((f) => f.startsWith(`${naam}-`) && f.endsWith('.png'));
}

/** The fonts as pdffonts lists them: name, embedded, subset. */
export function pdfLettertypen(pad: string): { naam: string; ingebed: boolean }[] {
  return poppler('pdffonts', [pad])
    .split('\n')
    .slice(2)
    .filter((r) => r.trim())
    .map((r) => {
      const kolommen = r.trim().split(/\s+/);
      return { naam: kolommen[0]!, ingebed: kolommen.at(-5) === 'yes' };
    });
}

/** The PDF's objects uncompressed (qpdf --qdf), as text, to read the catalog and metadata. */
export function pdfObjecten(pad: string): string {
  return poppler('qpdf', ['--qdf', '--object-streams=disable', pad, '-']);
}
