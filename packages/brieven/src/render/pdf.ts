/**
 * @module
 * PDF through Typst (`@myriaddreamin/typst-ts-node-compiler`, Typst 0.14) with PDF/UA-1: a tagged
 * PDF with the document language, the title, headings, tables with header cells and the Fira Sans
 * fonts embedded. Typst refuses to compile what breaks PDF/UA-1 (e.g. a skipped heading level); that
 * refusal is a BriefFout. The creation date is the letter date, so the same source gives the same
 * bytes every time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { BriefFout } from '../fout';

const require = createRequire(import.meta.url);

/** The font files: Fira Sans (Google Fonts build, as TTF), the family the website uses. */
export const LETTERTYPEN = [
  '400Regular/FiraSans_400Regular.ttf',
  '400Regular_Italic/FiraSans_400Regular_Italic.ttf',
  '600SemiBold/FiraSans_600SemiBold.ttf',
  '700Bold/FiraSans_700Bold.ttf',
] as const;

let compiler: NodeCompiler | undefined;
let sindsOpruimen = 0;

/** One compiler per process, with only the letter fonts loaded. */
export function typstCompiler(): NodeCompiler {
  if (!compiler) {
    const blobs = LETTERTYPEN.map((f) => readFileSync(require.resolve(`@expo-google-fonts/fira-sans/${f}`)));
    compiler = NodeCompiler.create({ fontArgs: [{ fontBlobs: blobs }] });
  }
  return compiler;
}

/** Compiles Typst source to a PDF/UA-1 document. */
export function compileerPdf(bron: string): Uint8Array {
  const c = typstCompiler();
  let pdf: Buffer;
  try {
    pdf = c.pdf({ mainFileContent: bron }, { pdfStandard: 'ua-1' });
  } catch (e) {
    throw new BriefFout('PDF_MISLUKT', `Typst kon de brief niet maken: ${String(e).slice(0, 500)}`);
  } finally {
    // Typst memoises per source; letters are all different, so drop old entries now and then.
    if (++sindsOpruimen >= 200) {
      sindsOpruimen = 0;
      c.evictCache(10);
    }
  }
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}
