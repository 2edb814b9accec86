/**
 * @module
 * A simulation's result as CSV for a spreadsheet: one long table with the columns `tabel`, `rij`,
 * `kolom`, `waarde` (a number as computed: eurocents where the result has eurocents, whole euros
 * for scaled amounts, counts), written with csv-stringify. The JSON download is the result itself.
 */
import type { Resultaat } from '@regelmaat/simulatie';
import { stringify } from 'csv-stringify/sync';

type Regel = [tabel: string, rij: string, kolom: string, waarde: number];

function velden<T extends object>(
  tabel: string,
  rij: string,
  o: T,
  namen: readonly (keyof T & string)[],
): Regel[] {
  return namen.map((n) => [tabel, rij, n, o[n] as number]);
}

/** Every figure of the result as rows of (tabel, rij, kolom, waarde). */
export function resultaatRegels(r: Resultaat): Regel[] {
  const uit: Regel[] = [
    ['run', 'huishoudens', 'aantal', r.huishoudens],
    ['run', 'ophoogfactor', 'factor', r.ophoogfactor],
  ];
  for (const b of r.begroting)
    uit.push(
      ...velden('begroting', b.regeling, b, [
        'basis',
        'hervorming',
        'verschil',
        'ontvangersBasis',
        'ontvangersHervorming',
        'opgehoogdVerschil',
      ]),
    );
  for (const o of r.ontvangers)
    uit.push(
      ...velden('ontvangers', o.regeling, o, [
        'wint',
        'verliest',
        'start',
        'stopt',
        'gemiddeldNieuwPerMaand',
        'gemiddeldGestoptPerMaand',
      ]),
    );
  for (const [tabel, groepen] of [
    ['deciel', r.emmers.perDeciel],
    ['huishoudtype', r.emmers.perType],
  ] as const)
    for (const g of groepen) {
      uit.push(...velden(tabel, g.groep, g, ['huishoudens', 'verschil', 'gemiddeldeVerandering']));
      for (const e of r.emmers.namen) uit.push([tabel, g.groep, e, g.emmers[e]]);
    }
  r.waterval.forEach((w, i) => {
    uit.push(['waterval', `${i + 1}. ${w.naam}`, 'totaal', w.totaal]);
    uit.push(['waterval', `${i + 1}. ${w.naam}`, 'opgehoogdTotaal', w.opgehoogdTotaal]);
  });
  const w = r.werklast;
  uit.push(['werklast', 'steekproef', 'huishoudens', w.steekproef]);
  for (const z of w.zaken) {
    uit.push(['werklast-zaken', z.code, 'basisVoorschot', z.basis.voorschot]);
    uit.push(['werklast-zaken', z.code, 'basisDefinitief', z.basis.definitief]);
    uit.push(['werklast-zaken', z.code, 'hervormingVoorschot', z.hervorming.voorschot]);
    uit.push(['werklast-zaken', z.code, 'hervormingDefinitief', z.hervorming.definitief]);
    uit.push(
      ...velden('werklast-zaken', z.code, z, ['urenPerZaak', 'opgehoogdExtraZaken', 'opgehoogdExtraUren']),
    );
  }
  const o = w.opgehoogd;
  uit.push(
    ...velden('werklast-opgehoogd', 'totaal', o, [
      'zakenBasis',
      'zakenHervorming',
      'extraZaken',
      'voorschotWijzigt',
      'beschikkingenGewijzigd',
      'beschikkingenLager',
      'brieven',
      'bezwaren',
      'gesprekken',
    ]),
    ...velden('werklast-uren', 'opgehoogd', o.uren, ['zaken', 'bezwaren', 'gesprekken', 'totaal']),
    ...velden('terugvorderingen', 'basis', w.terugvorderingen.basis, ['groot', 'bedrag']),
    ...velden('terugvorderingen', 'hervorming', w.terugvorderingen.hervorming, ['groot', 'bedrag']),
  );
  const iv = (tabel: string, rij: string, kolom: string, [laag, hoog]: [number, number]): Regel[] => [
    [tabel, rij, `${kolom}95Laag`, laag],
    [tabel, rij, `${kolom}95Hoog`, hoog],
  ];
  uit.push(
    ['werklast', 'steekproef', 'alleHuishoudens', w.alleHuishoudens ? 1 : 0],
    ...iv('werklast-opgehoogd', 'totaal', 'extraZaken', o.extraZakenInterval95),
    ...iv('werklast-uren', 'opgehoogd', 'zaken', o.urenZakenInterval95),
    ...iv('terugvorderingen', 'verschil', 'groot', w.terugvorderingen.verschilGrootInterval95),
    ...iv('terugvorderingen', 'verschil', 'bedrag', w.terugvorderingen.verschilBedragInterval95),
  );
  uit.push(['marges', 'steekproef', 'huishoudens', r.marges.steekproef]);
  for (const m of r.marges.regels) {
    const rij = `${m.regeling} ${m.grens}`;
    uit.push(
      ...velden('marges', rij, m, ['basis', 'hervorming', 'kruist']),
      ...velden('marges-opgehoogd', rij, m.opgehoogd, ['basis', 'hervorming', 'kruist']),
      ...iv('marges-opgehoogd', rij, 'kruist', m.interval95.kruist),
    );
  }
  return uit;
}

export function resultaatAlsCsv(r: Resultaat): string {
  return stringify(resultaatRegels(r), { header: true, columns: ['tabel', 'rij', 'kolom', 'waarde'] });
}
