/**
 * Every number a route accepts fits the database column it is stored in or compared with, read
 * from the migrations themselves: an `integer` column holds ±2^31, so a schema that lets 2^31
 * through turns a typo into a 500. A new numeric field without an entry here fails the test.
 * Also: the shared text schemas refuse what PostgreSQL cannot store (NUL, lone surrogates).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROUTES } from './routes';
import { Centen, Tekst, TekstVrij } from './schemas';
import { getallenVan } from './testing/getallen';

const MIGRATIES = fileURLToPath(new URL('../../../packages/db/migrations/', import.meta.url));

/** table.column → type, from CREATE TABLE, ADD COLUMN and ALTER COLUMN … TYPE in the migrations. */
function kolomtypen(): Map<string, string> {
  const typen = new Map<string, string>();
  for (const bestand of readdirSync(MIGRATIES)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    const sql = readFileSync(MIGRATIES + bestand, 'utf8').replace(/--.*$/gm, '');
    for (const m of sql.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?(\w+) \(([\s\S]*?)\n\);/g)) {
      for (const regel of m[2]!.split('\n')) {
        const k = /^\s*(\w+)\s+(\w+(?:\[\])?)/.exec(regel);
        if (k && !['PRIMARY', 'UNIQUE', 'CHECK', 'CONSTRAINT', 'FOREIGN', 'LIKE'].includes(k[1]!))
          typen.set(`${m[1]}.${k[1]}`, k[2]!.toLowerCase());
      }
    }
    for (const m of sql.matchAll(/ALTER TABLE (\w+)([\s\S]*?);/g)) {
      for (const a of m[2]!.matchAll(/ADD COLUMN (?:IF NOT EXISTS )?(\w+)\s+(\w+(?:\[\])?)/g))
        typen.set(`${m[1]}.${a[1]}`, a[2]!.toLowerCase());
      for (const a of m[2]!.matchAll(/ALTER COLUMN (\w+) TYPE (\w+(?:\[\])?)/g))
        typen.set(`${m[1]}.${a[1]}`, a[2]!.toLowerCase());
    }
  }
  return typen;
}

/** The range of a column type, as numbers a JSON request can carry exactly. */
const BEREIK: Record<string, [number, number]> = {
  smallint: [-(2 ** 15), 2 ** 15 - 1],
  integer: [-(2 ** 31), 2 ** 31 - 1],
  'integer[]': [-(2 ** 31), 2 ** 31 - 1],
  // bigint holds ±2^63; a JSON number is exact only to 2^53 − 1, so that is the honest bound.
  bigint: [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  'bigint[]': [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  bigserial: [-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  // json/jsonb keep any finite number; the schema must still be bounded.
  json: [-Number.MAX_VALUE, Number.MAX_VALUE],
  jsonb: [-Number.MAX_VALUE, Number.MAX_VALUE],
};

/**
 * Where each number goes. `LIMIT` is a query's row limit (bigint). Euro amounts of a reported change
 * are stored as facts (json), in cents: the factor says so.
 */
const KOLOM: Record<string, string | { kolom: string; factor: number }> = {
  'beschikking params.id': 'beschikking.id',
  'reproduceerBeschikking params.id': 'beschikking.id',
  'brief params.id': 'brief.beschikking_id',
  'dienBezwaarIn body.beschikkingId': 'bezwaar_beschikking.beschikking_id',
  'registreerBezwaar body.beschikkingId': 'bezwaar_beschikking.beschikking_id',
  'bezwaar params.id': 'bezwaar.id',
  'legBezwaarGesprekVast params.id': 'bezwaar.id',
  'planBezwaarHoorzitting params.id': 'bezwaar.id',
  'legBezwaarHoorzittingVast params.id': 'bezwaar.id',
  'slaBezwaarHoorzittingOver params.id': 'bezwaar.id',
  'vulBezwaarGrondenAan params.id': 'bezwaar.id',
  'beoordeelTeLaatBezwaar params.id': 'bezwaar.id',
  'stelAdviescommissieIn params.id': 'bezwaar.id',
  'verdaagBezwaar params.id': 'bezwaar.id',
  'legBezwaarIngebrekestellingVast params.id': 'bezwaar.id',
  'beslisOpBezwaar params.id': 'bezwaar.id',
  'beslisOpBezwaar body.nieuwJaarbedrag': 'bezwaar.nieuw_jaarbedrag',
  'keurBezwaarBeslissingGoed params.id': 'bezwaar.id',
  'wijsBezwaarBeslissingAf params.id': 'bezwaar.id',
  'bezwaarBrief params.id': 'bezwaarbrief.id',
  'bezwaarStukken params.id': 'bezwaar.id',
  'bezwaarStuk params.id': 'bezwaar_stuk.id',
  'briefVerzonden params.id': 'brief.beschikking_id',
  'betaalTerug params.id': 'vordering.id',
  'betaalTerug body.bedrag': 'boeking.bedrag',
  'regelingVoorbeeld params.id': 'vordering.id',
  'regelingVoorbeeld body.draagkracht.inkomen': 'betalingsregeling.draagkracht',
  'regelingAanvragen params.id': 'vordering.id',
  'regelingAanvragen body.draagkracht.inkomen': 'betalingsregeling.draagkracht',
  'overzicht body.jaar': 'beschikking.jaar',
  'berekenHuishouden body.jaar': 'beschikking.jaar',
  'meldWijziging body.jaar': 'beschikking.jaar',
  'meldWijziging body.wijziging.bedrag': { kolom: 'feit.waarde', factor: 100 },
  'meldWijziging body.wijziging.kind': 'feit.waarde',
  'meldWijziging body.wijziging.urenPerMaand': 'feit.waarde',
  'werkvoorraad query.limiet': 'LIMIT',
  'werkvoorraad query.na': 'zaak.id',
  'zaak params.id': 'zaak.id',
  'zaakHistorie params.id': 'zaak.id',
  'claimZaak params.id': 'zaak.id',
  'claimZaak body.versie': 'zaak.versie',
  'geefZaakVrij params.id': 'zaak.id',
  'geefZaakVrij body.versie': 'zaak.versie',
  'sluitZaak params.id': 'zaak.id',
  'sluitZaak body.versie': 'zaak.versie',
  'schortZaakOp params.id': 'zaak.id',
  'schortZaakOp body.versie': 'zaak.versie',
  'hervatZaak params.id': 'zaak.id',
  'hervatZaak body.versie': 'zaak.versie',
  'herverdeelZaken body.zaakIds[]': 'zaak.id',
  'maatwerkVanZaak params.id': 'zaak.id',
  'standaardUitkomst params.id': 'zaak.id',
  'standaardUitkomst query.jaar': 'maatwerkbesluit.jaar',
  'vergelijkbareBesluiten params.id': 'zaak.id',
  'vergelijkbareBesluiten query.jaar': 'maatwerkbesluit.jaar',
  'vergelijkbareBesluiten query.bedrag': 'maatwerkbesluit.standaard_bedrag',
  'legMaatwerkVast params.id': 'zaak.id',
  'legMaatwerkVast body.jaar': 'maatwerkbesluit.jaar',
  'legMaatwerkVast body.afwijking.bedrag': 'maatwerkbesluit.afwijking_bedrag',
  'legMaatwerkVast body.afwijking.betalingsregeling.termijnen': 'maatwerkbesluit.regeling_termijnen',
  'legMaatwerkVast body.afwijking.betalingsregeling.bedragPerTermijn': 'maatwerkbesluit.regeling_per_termijn',
  'legMaatwerkVast body.precedenten[]': 'maatwerkbesluit.precedenten',
  'keurMaatwerkGoed params.id': 'maatwerkbesluit.id',
  'wijsMaatwerkAf params.id': 'maatwerkbesluit.id',
  'vergelijkbareOpenZaken params.id': 'maatwerkbesluit.id',
  'stelToepassingVoor params.id': 'maatwerkbesluit.id',
  'stelToepassingVoor body.zaakIds[]': 'zaak.id',
  'beoordeelToepassing params.id': 'maatwerk_toepassing.id',
  'meldSignaal body.besluitId': 'signaal.besluit_id',
  'signaal params.id': 'signaal.id',
  'triageerSignaal params.id': 'signaal.id',
  'triageerSignaal body.versie': 'signaal.versie',
  'triageerSignaal body.dubbelVan': 'signaal.dubbel_van',
  'vulSignaalAan params.id': 'signaal.id',
  'vulSignaalAan body.versie': 'signaal.versie',
  'beantwoordSignaal params.id': 'signaal.id',
  'beantwoordSignaal body.versie': 'signaal.versie',
  'beantwoordSignaal body.scenarioId': 'signaal.scenario_id',
  'scenario params.id': 'scenario.id',
  'simuleerScenario params.id': 'scenario.id',
  'betalingen body.jaar': 'beschikking.jaar',
  'legContactVast body.zaakId': 'contact.zaak_id',
  'meldOpvanguren body.jaar': 'beschikking.jaar',
  // A corporation's rent (eurocents) is stored in the report (jsonb) and as a fact (json).
  'meldHuurwijziging body.kaleHuur': 'feit.waarde',
  'meldHuurwijziging body.servicekosten': 'feit.waarde',
  // Simulations live in the server process, not in a table; their id is an integer like any row id.
  'simulatie params.id': 'zaak.id',
  // Year simulations too (issue 20): kept in the server process, an integer id.
  'jaarsimulatie params.id': 'zaak.id',
  // A population size (≤ 2000) and a seed (≤ 2^31 - 1): no column, bounded inside an integer.
  'startJaarsimulatie body.huishoudens': 'zaak.versie',
  'startJaarsimulatie body.seed': 'zaak.versie',
  'meldOpvanguren body.uren[]': 'feit.waarde',
  'meldOpvanguren body.uurprijs': 'feit.waarde',
  'bericht params.id': 'bericht.id',
  'eerlijkheidVanRun params.id': 'run.id',
  // A count of runs and a page number are used in LIMIT/OFFSET, bounded well inside an integer.
  'eerlijkheidTrend query.aantal': 'zaak.versie',
  'verwerkingenZoeken body.pagina': 'zaak.versie',
  'reageerOpBericht params.id': 'bericht.id',
  'levensgebeurtenisRun body.partitiegrootte': 'levensgebeurtenis_run.partitiegrootte',
  'reageerOpZienswijze params.id': 'zienswijze.id',
  'zienswijzeVanZaak params.id': 'zaak.id',
  'legTelefonischeZienswijzeVast params.id': 'zaak.id',
  'rondZienswijzeAf params.id': 'zaak.id',
  'rondZienswijzeAf body.versie': 'zaak.versie',
  'invorderingRun body.partitiegrootte': 'invordering_run.partitiegrootte',
  'contactNoteren params.id': 'contactmoment.id',
};

describe('request schemas against the database columns', () => {
  const typen = kolomtypen();

  it('reads the column types from the migrations', () => {
    expect(typen.get('zaak.versie')).toBe('integer');
    expect(typen.get('zaak.id')).toBe('bigserial');
    expect(typen.get('feit.waarde')).toBe('json');
    expect(typen.get('maatwerkbesluit.standaard_bedrag')).toBe('integer');
  });

  it('bounds every number a route accepts to the range of its column', () => {
    const fouten: string[] = [];
    const alle = ROUTES.flatMap(getallenVan);
    expect(alle.length).toBeGreaterThan(30);
    for (const g of alle) {
      const doel = KOLOM[g.pad];
      if (!doel) {
        fouten.push(`${g.pad}: geen kolom opgegeven in KOLOM`);
        continue;
      }
      const { kolom, factor } = typeof doel === 'string' ? { kolom: doel, factor: 1 } : doel;
      const type = kolom === 'LIMIT' ? 'bigint' : typen.get(kolom);
      if (!type) {
        fouten.push(`${g.pad}: kolom ${kolom} staat niet in de migraties`);
        continue;
      }
      const bereik = BEREIK[type];
      if (!bereik) {
        fouten.push(`${g.pad}: kolom ${kolom} is ${type}, geen getal`);
        continue;
      }
      if (!(Number.isFinite(g.min) && Number.isFinite(g.max))) fouten.push(`${g.pad}: onbegrensd`);
      else if (g.min * factor < bereik[0] || g.max * factor > bereik[1])
        fouten.push(`${g.pad}: [${g.min}, ${g.max}] × ${factor} past niet in ${kolom} (${type})`);
      if (type !== 'json' && type !== 'jsonb' && factor === 1 && !g.geheel)
        fouten.push(`${g.pad}: ${kolom} (${type}) wil een geheel getal`);
    }
    expect(fouten).toEqual([]);
  });

  it('has no entries for numbers that no longer exist', () => {
    const paden = new Set(ROUTES.flatMap(getallenVan).map((g) => g.pad));
    expect(Object.keys(KOLOM).filter((p) => !paden.has(p))).toEqual([]);
  });

  it('Centen stops at the integer column', () => {
    expect(Centen.safeParse(2 ** 31 - 1).success).toBe(true);
    expect(Centen.safeParse(2 ** 31).success).toBe(false);
    expect(Centen.safeParse(-(2 ** 31) - 1).success).toBe(false);
  });
});

describe('text schemas', () => {
  it('refuse NUL characters and lone surrogates, accept real characters', () => {
    for (const s of [Tekst(50), TekstVrij(50)]) {
      for (const slecht of ['a\u0000', '\u0000', 'a\ud800', '\udfff', '\udc00\ud800', 'x\ud83d'])
        expect(s.safeParse(slecht).success, JSON.stringify(slecht)).toBe(false);
      for (const goed of ['Zoë', '🙂', 'a\u0001b', '中文', 'line\nbreak'])
        expect(s.safeParse(goed).success, goed).toBe(true);
    }
  });
});
