/**
 * @module
 * `npm run bench:engine [-- --huishoudens N]`: prints households per second on the batch path for
 * all four toeslagen (full year, monthly detail), the median time of one traced evaluation with its
 * explanation, and memory. One process, one core. Figures, not a pass/fail test.
 *
 * Beside the batch figure it measures, in the same run and on the same columns, a ceiling: the same
 * pass with everything but the law — each household read into the reused `Situatie` and the same
 * number of values written into `Bedragen` and summed — and prints the batch figure as a share of
 * it (docs/benchmarks.md, "Ceilings"). Shares travel between machines; absolute figures do not.
 */
import { BatchRekenaar, Bedragen, berekenHuishouden, REGELINGEN, type Situatie } from '@regelmaat/law';
import { genereer, nieuweSituatie, vul } from './synthetische-huishoudens';

const MB = 1024 * 1024;

function arg(args: string[], naam: string, standaard: number): number {
  const i = args.indexOf(naam);
  const v = i >= 0 ? Number(args[i + 1]) : standaard;
  if (!Number.isInteger(v) || v <= 0) throw new Error(`${naam} moet een positief geheel getal zijn`);
  return v;
}

export async function runEngineBenchmark(args: string[]): Promise<void> {
  const n = arg(args, '--huishoudens', 1_000_000);
  const jaar = 2026;
  let piekRss = process.memoryUsage().rss;
  const meet = () => {
    piekRss = Math.max(piekRss, process.memoryUsage().rss);
  };

  console.log(
    `Regelmaat engine benchmark — ${n.toLocaleString('nl-NL')} huishoudens, ${jaar}, Node ${process.version}`,
  );
  const t0 = performance.now();
  const kolommen = genereer(n, jaar, 42);
  console.log(`  genereren (kolommen):             ${(performance.now() - t0).toFixed(0)} ms`);
  meet();

  const rekenaar = new BatchRekenaar();
  const s = nieuweSituatie(jaar);
  const BLOK = 65_536;
  const uit = new Bedragen(BLOK);
  const aantal = REGELINGEN.length;
  const totalen = new Float64Array(aantal);
  const ontvangers = new Int32Array(aantal);

  // Warm-up so the JIT has seen every path before timing.
  for (let i = 0; i < Math.min(n, 50_000); i++) {
    vul(kolommen, i, s);
    rekenaar.bereken(s, uit);
  }

  // One pass over all households, in its own function so V8 optimises it as a whole.
  const pass = (): number => {
    totalen.fill(0);
    ontvangers.fill(0);
    const begin = performance.now();
    for (let start = 0; start < n; start += BLOK) {
      const eind = Math.min(n, start + BLOK);
      for (let i = start; i < eind; i++) {
        vul(kolommen, i, s);
        rekenaar.bereken(s, uit, i - start);
      }
      for (let i = 0; i < eind - start; i++) {
        for (let r = 0; r < aantal; r++) {
          const jaarbedrag = uit.jaarbedrag(r, i);
          if (jaarbedrag > 0) {
            totalen[r]! += jaarbedrag;
            ontvangers[r]!++;
          }
        }
      }
      meet();
    }
    return performance.now() - begin;
  };
  // The ceiling: the same pass without the law (see the module comment).
  const plafondPass = (): number => {
    totalen.fill(0);
    ontvangers.fill(0);
    const begin = performance.now();
    for (let start = 0; start < n; start += BLOK) {
      const eind = Math.min(n, start + BLOK);
      for (let i = start; i < eind; i++) {
        vul(kolommen, i, s);
        zonderWet(s, uit.waarden, (i - start) * uit.perHuishouden, uit.perHuishouden);
      }
      for (let i = 0; i < eind - start; i++) {
        for (let r = 0; r < aantal; r++) {
          const jaarbedrag = uit.jaarbedrag(r, i);
          if (jaarbedrag > 0) {
            totalen[r]! += jaarbedrag;
            ontvangers[r]!++;
          }
        }
      }
    }
    return performance.now() - begin;
  };
  // One untimed pass of each so the JIT reaches its steady state, then three timed passes of each,
  // interleaved so both see the same load; the medians are the figures (the machine is shared).
  plafondPass();
  pass();
  const runs: number[] = [];
  const plafondRuns: number[] = [];
  for (let k = 0; k < 3; k++) {
    plafondRuns.push(plafondPass());
    runs.push(pass());
  }
  const ms = mediaan3(runs);
  const perSeconde = n / (ms / 1000);
  const plafondMs = mediaan3(plafondRuns);
  const plafond = n / (plafondMs / 1000);
  console.log(
    `  batch, ${aantal} toeslagen, 12 maanden:   mediaan ${ms.toFixed(0)} ms → ${Math.round(perSeconde).toLocaleString('nl-NL')} huishoudens/s (runs: ${runs.map((r) => r.toFixed(0)).join(', ')} ms)`,
  );
  console.log(
    `  plafond (inlezen + schrijven, zonder wet): mediaan ${plafondMs.toFixed(0)} ms → ${Math.round(plafond).toLocaleString('nl-NL')} huishoudens/s (runs: ${plafondRuns.map((r) => r.toFixed(0)).join(', ')} ms)`,
  );
  console.log(`  batch als aandeel van het plafond: ${((100 * perSeconde) / plafond).toFixed(1)}%`);
  // The totals below are the last batch pass's (the ceiling pass overwrote them before it).
  pass();
  for (let r = 0; r < aantal; r++) {
    console.log(
      `    ${REGELINGEN[r]!.naamInZin.padEnd(22)} ${ontvangers[r]!.toLocaleString('nl-NL').padStart(10)} ontvangers, € ${Math.round(totalen[r]! / 100).toLocaleString('nl-NL')}`,
    );
  }

  // Traced evaluation: the full explanation of one household, median over a sample.
  const steekproef = Math.min(n, 2_000);
  const tijden: number[] = [];
  for (let i = 0; i < steekproef; i++) {
    vul(kolommen, i, s);
    const start = performance.now();
    berekenHuishouden(s);
    tijden.push(performance.now() - start);
  }
  tijden.sort((a, b) => a - b);
  const mediaan = tijden[Math.floor(tijden.length / 2)]!;
  const p99 = tijden[Math.floor(tijden.length * 0.99)]!;
  console.log(
    `  traced (met uitleg), ${steekproef} huishoudens: mediaan ${mediaan.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms`,
  );
  meet();
  const heap = process.memoryUsage().heapUsed;
  console.log(`  geheugen: piek RSS ${(piekRss / MB).toFixed(0)} MB, heap ${(heap / MB).toFixed(0)} MB`);
}

/** The median of three timings. */
function mediaan3(runs: readonly number[]): number {
  return [...runs].sort((a, b) => a - b)[1]!;
}

/**
 * The ceiling's stand-in for the law: writes `per` values for the household (a year amount from
 * its income, so the write depends on what was read and cannot be optimised away).
 */
function zonderWet(s: Situatie, waarden: Int32Array, vanaf: number, per: number): void {
  const v = (s.aanvrager.inkomen + s.kinderen.length + s.huur.length + s.opvang.length) & 0xffff;
  for (let j = 0; j < per; j++) waarden[vanaf + j] = v;
}
