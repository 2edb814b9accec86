/**
 * @module
 * `npm run bench:brieven`: letters per second on one core (one process, synchronous) and bytes per
 * letter, for a one-page and a two-page letter in the letter style, for whole letters of two kinds,
 * and for a minimal Typst document in the same run (the ceiling: Typst's fixed cost per PDF). Every
 * letter differs in number and name, and its amounts and calculation come from one of 400 households
 * with different incomes, as real letters differ; Typst's memo cache may reuse the layout of the
 * standard paragraphs that do not change, as it would in a real run. Figures, not a test.
 */
import type { Document } from '../document/document';
import type { Brief } from '../model/brief';
import { briefDocument, briefHtml, sjabloonVan } from '../render/brief';
import { compileerPdf, typstCompiler } from '../render/pdf';
import { typstBron } from '../render/typst-bron';
import { maatwerkBrief, voorschotBrief } from './voorbeelden';

interface Uitkomst {
  naam: string;
  paginas: number;
  /** Letters per CPU-second of this process (user + system): the figure for one core. */
  perSeconde: number;
  cpuMsPerBrief: number;
  wandMsPerBrief: number;
  bytes: number;
}

function arg(args: string[], naam: string, standaard: number): number {
  const i = args.indexOf(naam);
  const v = i >= 0 ? Number(args[i + 1]) : standaard;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${naam} moet een positief getal zijn`);
  return v;
}

function paginas(bron: string): number {
  const r = typstCompiler().compile({ mainFileContent: bron });
  return r.result?.numOfPages ?? 0;
}

/** Runs `maak(i)` (a distinct Typst source per i) for at least `seconden` and `minimum` letters. */
function meet(naam: string, maak: (i: number) => string, seconden: number, minimum: number): Uitkomst {
  for (let i = 0; i < 3; i++) compileerPdf(maak(1_000_000 + i)); // warm-up: fonts, shaping caches
  let n = 0;
  let bytes = 0;
  const cpu0 = process.cpuUsage();
  const begin = performance.now();
  while (n < minimum || performance.now() - begin < seconden * 1000) {
    bytes += compileerPdf(maak(n)).length;
    n++;
  }
  const wand = performance.now() - begin;
  const c = process.cpuUsage(cpu0);
  const cpu = (c.user + c.system) / 1000;
  return {
    naam,
    paginas: paginas(maak(0)),
    perSeconde: (n * 1000) / cpu,
    cpuMsPerBrief: cpu / n,
    wandMsPerBrief: wand / n,
    bytes: bytes / n,
  };
}

/** The letter's document cut off before the heading `tot` (for a one- or two-page letter). */
function tot(doc: Document, kop: string): Document {
  const i = doc.blokken.findIndex((b) => b.soort === 'kop' && b.tekst === kop);
  return { ...doc, blokken: i < 0 ? doc.blokken : doc.blokken.slice(0, i) };
}

/** Distinct letters: each computed by the law package for its own income. */
const POOL = 400;

/**
 * Letter `i`: its own number and name, and (from a pool of 400 households with different incomes)
 * its own amounts and calculation, as real letters differ while the standard sentences stay the same.
 */
function genummerd(pool: readonly Brief[], i: number): Brief {
  const brief = pool[i % pool.length]!;
  const g = brief.gegevens;
  return {
    ...brief,
    gegevens: {
      ...g,
      beschikkingsnummer: `2026.0001.${String(i).padStart(7, '0')}`,
      geadresseerde: { ...g.geadresseerde, naam: `${g.geadresseerde.naam} ${i}` },
    },
  };
}

export async function runBriefBenchmark(args: string[]): Promise<void> {
  const seconden = arg(args, '--seconden', 4);
  const minimum = arg(args, '--minimum', 20);
  console.log(
    `Regelmaat brieven benchmark — Typst 0.14 (typst-ts-node-compiler 0.7.0), Node ${process.version}, 1 core`,
  );

  const voorschot = Array.from({ length: POOL }, (_, k) => voorschotBrief({}, 18_000 + k * 83));
  const maatwerk = Array.from({ length: POOL }, (_, k) => maatwerkBrief({}, 16_000 + k * 61));
  const stijl = sjabloonVan(voorschot[0]!).typstStijl;
  const minimaal = (i: number) =>
    `#set document(title: "Brief ${i}", date: datetime(year: 2026, month: 1, day: 1))\n#set text(lang: "nl", font: "Fira Sans")\n= Brief ${i}\nEen zin van de brief.\n`;
  const uitkomsten = [
    meet('plafond: minimaal Typst-document (kop + zin)', minimaal, seconden, minimum),
    meet(
      'brief van 1 pagina (briefhoofd, besluit, gegevens)',
      (i) => typstBron(tot(briefDocument(genummerd(voorschot, i)), 'Wanneer betalen wij?'), stijl),
      seconden,
      minimum,
    ),
    meet(
      'brief van 2 pagina\u2019s (maatwerk zonder bijlage)',
      (i) => typstBron(tot(briefDocument(genummerd(maatwerk, i)), 'Bijlage: Berekening'), stijl),
      seconden,
      minimum,
    ),
    meet(
      'hele brief: maatwerk, 1 toeslag, met bijlage',
      (i) => typstBron(briefDocument(genummerd(maatwerk, i)), stijl),
      seconden,
      minimum,
    ),
    meet(
      'hele brief: voorschot, 3 toeslagen, met bijlage',
      (i) => typstBron(briefDocument(genummerd(voorschot, i)), stijl),
      seconden,
      minimum,
    ),
  ];
  const plafond = uitkomsten[0]!;
  console.log('');
  console.log(
    "  geval                                              pagina's  brieven/s  cpu ms/brief  wand ms/brief  KB/brief  plafond-deel",
  );
  for (const u of uitkomsten)
    console.log(
      [
        `  ${u.naam.padEnd(50)}`,
        String(u.paginas).padStart(8),
        u.perSeconde.toFixed(1).padStart(10),
        u.cpuMsPerBrief.toFixed(1).padStart(13),
        u.wandMsPerBrief.toFixed(1).padStart(14),
        (u.bytes / 1024).toFixed(1).padStart(9),
        `${((plafond.cpuMsPerBrief / u.cpuMsPerBrief) * 100).toFixed(0)}%`.padStart(13),
      ].join(' '),
    );

  // The data and the other steps, for scale: a letter is stored as JSON and rendered on demand.
  let n = 0;
  const begin = performance.now();
  while (performance.now() - begin < 1000) {
    briefDocument(genummerd(voorschot, n));
    n++;
  }
  const docMs = (performance.now() - begin) / n;
  n = 0;
  const beginHtml = performance.now();
  let htmlBytes = 0;
  while (performance.now() - beginHtml < 1000) {
    htmlBytes += briefHtml(genummerd(voorschot, n)).length;
    n++;
  }
  const htmlMs = (performance.now() - beginHtml) / n;
  console.log('');
  console.log(
    `  voorschotbrief als data (JSON):     ${(JSON.stringify(voorschot[0]).length / 1024).toFixed(1)} KB`,
  );
  console.log(`  document bouwen uit de data:        ${docMs.toFixed(2)} ms per brief`);
  console.log(
    `  HTML-versie:                        ${htmlMs.toFixed(2)} ms per brief, ${(htmlBytes / n / 1024).toFixed(1)} KB`,
  );
  console.log(
    '  brieven/s: per CPU-seconde van dit proces (user + system), dus per core, ook op een drukke machine.',
  );
  console.log('  plafond-deel: cpu-tijd van het minimale Typst-document gedeeld door die van de brief.');
}
