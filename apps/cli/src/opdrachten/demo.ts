/**
 * `regelmaat demo [--huishoudens N] [--map MAP]` — the product's main job end to end on the embedded
 * database: explains one household, then fills a fresh PGlite database (in --map, else
 * REGELMAAT_DATA, else .data/demo; see demo-map.ts) with a synthetic
 * population and runs the yearly cycle (advance, the twelve monthly payments, definitive calculation
 * with settlement and exception cases; back-payments paid and recoveries in the ledger), reproduces
 * one decision, and runs a shipped reform over the synthetic population (the uitvoeringstoets).
 */
import { fileURLToPath } from 'node:url';
import { reproduceer } from '@regelmaat/beschikking';
import { type Db, openDb } from '@regelmaat/db';
import { schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import { berekenHuishouden, normaliseer, parseHuishouden, wetgeving } from '@regelmaat/law';
import {
  alsDossier,
  formatRapport,
  genereerHuishouden,
  kalender,
  kalibratieRapport,
  vasteSet,
} from '@regelmaat/populatie';
import { genereerMomentopname, simuleer, voorbeeldHervormingen } from '@regelmaat/simulatie';
import { type RunSoort, standaardUitval, startRun, toonRapport, werk } from '@regelmaat/verwerking';
import { geheelGetal, ontleed } from '../argumenten';
import { leesInvoer } from '../lees-invoer';
import { laadPopulatie } from '../populatie/laad-populatie';
import { leesPseudoniemSleutel } from '../server/sleutels';
import { toonBerekening } from '../toon-berekening';
import { voortgangsbalk } from '../voortgangsbalk';
import { demoMap, maakDemoMapLeeg, merkAlsDemoMap } from './demo-map';
import { zaaiDemoRegelingen } from './demo-regelingen';
import { type Io, nuVan } from './io';
import { resultaatAlsTekst } from './simuleer-tekst';

/**
 * The year the demo runs through: the latest year whose definitive run moment (the simulated
 * calendar's) has passed at `nu`, so the whole cycle happens in the past — no fact recorded after
 * now, no definitive run for a year not yet over.
 */
export function demoJaar(nu: string): 2025 | 2026 {
  return Date.parse(nu) >= Date.parse(kalender(2026).definitieveRunOp) ? 2026 : 2025;
}

const VOORBEELD = fileURLToPath(
  new URL('../../../../packages/law/examples/gezin-met-kinderopvang-2026.json', import.meta.url),
);

/** What the definitive run booked (@regelmaat/invordering): back-payments paid, recoveries to collect. */
async function toonInvordering(db: Db): Promise<string> {
  const r = (
    await db.query<{
      na: string;
      na_som: string | null;
      vo: string;
      vo_som: string | null;
      grens: string;
      wacht: string;
    }>(
      `SELECT (SELECT count(*) FROM nabetaling) AS na, (SELECT sum(bedrag) FROM nabetaling) AS na_som,
              (SELECT count(*) FROM vordering) AS vo, (SELECT sum(bedrag) FROM vordering) AS vo_som,
              (SELECT count(*) FROM vereffening WHERE uitkomst = 'niet-ingevorderd') AS grens,
              (SELECT count(*) FROM beschikking WHERE vereffening_uitkomst = 'terugvordering'
                  AND status = 'aangehouden') AS wacht`,
    )
  ).rows[0]!;
  const euro = (c: string | null) => `€ ${Math.round(Number(c ?? 0) / 100).toLocaleString('nl-NL')}`;
  return [
    'Na de definitieve berekening (Awir art. 24, 26, 26a):',
    `  ${Number(r.na).toLocaleString('nl-NL')} nabetalingen betaald, samen ${euro(r.na_som)}`,
    `  ${Number(r.vo).toLocaleString('nl-NL')} terugvorderingen in het grootboek, samen ${euro(r.vo_som)}`,
    `  ${Number(r.wacht).toLocaleString('nl-NL')} terugvorderingen aangehouden tot een zaak is afgerond (zienswijze, Awir art. 26b, of ontbrekende gegevens), nog niet geboekt`,
    `  ${Number(r.grens).toLocaleString('nl-NL')} keer te veel ontvangen maar niet teruggevorderd (doelmatigheidsgrens)`,
    '',
    '',
  ].join('\n');
}

export async function demo(args: string[], io: Io): Promise<number> {
  const a = ontleed(args, { waarden: ['huishoudens', 'map'] });
  const n = geheelGetal(a, 'huishoudens', 5_000, 1, 200_000);
  const map = demoMap(a.waarden.get('map'));
  maakDemoMapLeeg(map); // before anything is shown: a folder that is not the demo's is refused
  const nu = nuVan(io);
  const jaar = demoJaar(nu);
  const w = wetgeving();

  io.stdout('== 1. Eén huishouden, met uitleg (packages/law/examples/gezin-met-kinderopvang-2026.json)\n\n');
  const p = parseHuishouden(await leesInvoer(VOORBEELD, io.stdin));
  if (!p.ok) throw new Error('voorbeeld ongeldig');
  io.stdout(toonBerekening(berekenHuishouden(normaliseer(p.huishouden)), false));

  io.stdout(
    `== 2. Een synthetische populatie van ${n.toLocaleString('nl-NL')} huishoudens in een nieuwe ingebouwde database (${map})\n\n`,
  );
  const db = await openDb({ dataDir: map });
  merkAlsDemoMap(map);
  // The processing log's key, kept in the data folder as the server keeps it (or from the environment).
  const sleutel = leesPseudoniemSleutel(process.env, map);
  try {
    const geladen = await laadPopulatie(db, {
      aantal: n,
      seed: 1,
      jaar,
      nu,
      bijVoortgang: voortgangsbalk('Genereren', io.stderr),
    });
    // Plus the fixed households built to trigger each exception rule.
    const uitzonderingen = vasteSet('uitzonderingen', jaar).map((sh, i) => ({
      ...alsDossier(sh, jaar, nu),
      id: n + i + 1,
    }));
    await db.transaction((tx) => schrijfHuishoudens(tx, uitzonderingen));
    io.stdout(
      `${geladen.geladen.toLocaleString('nl-NL')} huishoudens en ${uitzonderingen.length} uitzonderingshuishoudens, ${geladen.feiten.toLocaleString('nl-NL')} feiten in het dossier.\n\n`,
    );
    io.stdout(
      formatRapport(
        kalibratieRapport(
          (function* () {
            for (let i = 0; i < n; i++) yield genereerHuishouden(1, i, jaar);
          })(),
          jaar,
        ),
      ),
    );

    io.stdout('\n== 3. Het jaar als batch: voorschot, twaalf betalingen, definitieve berekening\n\n');
    const k = kalender(jaar);
    const stappen: { soort: RunSoort; maand?: number; bekendOp?: string }[] = [
      { soort: 'voorschot', bekendOp: k.voorschotOp },
      ...Array.from({ length: 12 }, (_, m) => ({ soort: 'betaling' as const, maand: m + 1 })),
      { soort: 'definitief', bekendOp: k.definitieveRunOp },
    ];
    for (const s of stappen) {
      const { run } = await startRun(db, { jaar, ...s, nu, partitiegrootte: 1_000 }, w);
      const balk = voortgangsbalk(`Run ${run.id} (${s.soort})`, io.stderr);
      const uit = await werk(db, run, w, standaardUitval(w), {
        worker: 'demo',
        logboek: { sleutel },
        bijVoortgang: (v) => balk(v.klaar, v.totaal, 'partities'),
      });
      if (uit.rapport && s.soort !== 'betaling') io.stdout(`${toonRapport(uit.rapport)}\n`);
    }
    io.stdout(await toonInvordering(db));
    const r = await zaaiDemoRegelingen(db, nu, sleutel);
    io.stdout(
      `Betalingsregelingen (voorbeeld): ${r.standaard} standaardregeling, ${r.persoonlijk} persoonlijke regeling met de eerste termijn betaald, ${r.afbetaald} helemaal afbetaald\n\n`,
    );

    io.stdout('== 4. Een beschikking reproduceren uit het dossier zoals het toen bekend was\n\n');
    const b = (
      await db.query<{ id: string }>(
        "SELECT id FROM beschikking WHERE soort = 'definitief' ORDER BY id LIMIT 1",
      )
    ).rows[0];
    if (b) {
      const r = await reproduceer(db, Number(b.id), w);
      io.stdout(
        `Beschikking ${b.id} (${r.regeling}): ${r.gelijk ? 'gelijk' : `verschil: ${r.verschillen.join(', ')}`}\n`,
      );
      io.stdout(`(zelf proberen: REGELMAAT_DATA=${map} npx regelmaat beschikking reproduceer ${b.id})\n`);
    }
  } finally {
    await db.close();
  }

  // 5. The uitvoeringstoets: a shipped reform on the 2026 population, in this thread (no database).
  const hervorming = voorbeeldHervormingen().get('huurtoeslag-2026-pakket')!;
  io.stdout(`\n== 5. Een hervorming doorrekenen (uitvoeringstoets): ${hervorming.naam}\n\n`);
  const populatie = genereerMomentopname({ jaar: 2026, huishoudens: Math.min(n, 5_000), seed: 1 });
  const { resultaat } = await simuleer({ populatie, hervorming });
  io.stdout(resultaatAlsTekst(resultaat));
  io.stdout(
    '(zelf proberen: npx regelmaat simuleer --hervorming huurtoeslag-2026-pakket --huishoudens 100000)\n',
  );
  return 0;
}
