/**
 * @module
 * `npm run bench:partner [-- --rijen N]` (issue 16): a childcare provider's monthly batch of N rows
 * (default 100,000) on PostgreSQL (DATABASE_URL; a new schema, dropped afterwards). Setup, untimed:
 * N single-parent households with one child in day care, their advance run, and the provider's
 * client links. Timed: the rows sent through the service of `POST /partner/opvanguren/batch` in
 * requests of 1,000 rows — 10% deregistrations (each recomputes the advance: a new decision and a
 * portal message), 5% hours that clearly differ from the parent's (a case), the rest as the parent
 * said. Printed: rows per second, the decisions, cases and messages produced, and the same-run
 * ceiling: a plain COPY of as many rows, as wide, as the batch wrote into each table.
 */
import { randomBytes } from 'node:crypto';
import { openDb } from '@regelmaat/db';
import {
  inloggenPartner,
  MAX_RIJEN_PER_BATCH,
  meldOpvangBatch,
  type Omgeving,
  STANDAARD_INSTELLINGEN,
} from '@regelmaat/diensten';
import { feitenUitAanvraag } from '@regelmaat/dossier';
import { type NieuwHuishouden, schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import { wetgeving } from '@regelmaat/law';
import { nieuweTrace } from '@regelmaat/logboek';
import { kalender } from '@regelmaat/populatie';
import { DEMO_PARTNER, koppelKlant, zaaiDemoAccounts } from '@regelmaat/toegang';
import { geenUitval, startRun, werk } from '@regelmaat/verwerking';
import { GebruiksFout, geheelGetal, ontleed } from '../argumenten';
import { beschrijfGeschreven, type Geschreven, meetGeschreven, meetPlafond } from './plafond';

/** The simulated moment of the batch: mid-March 2026, after the advance and before April's payment. */
const NU = '2026-03-16T10:00:00.000Z';
const OPGESTELD = '2026-03-15T09:00:00.000Z';
const AANVRAAG_OP = '2025-11-01T10:00:00.000Z'; // before the advance run's moment (1 December)

/** A BSN passing the 11-proef for number n (distinct n give distinct BSNs). */
export function benchBsn(n: number): string {
  for (let extra = 0; ; extra++) {
    const basis = String(100_000_00 + n * 13 + extra).padStart(8, '0');
    let som = 0;
    for (let i = 0; i < 8; i++) som += (9 - i) * Number(basis[i]);
    const laatste = som % 11;
    if (laatste < 10) return basis + laatste;
  }
}

/** Household i: a single parent with one child in day care. */
function huishouden(i: number): NieuwHuishouden {
  const ouder = benchBsn(2 * i);
  const kind = benchBsn(2 * i + 1);
  return {
    id: i + 1,
    bsnAanvrager: ouder,
    feiten: feitenUitAanvraag(
      {
        berekeningsjaar: 2026,
        aanvrager: { geboortedatum: '1990-05-10', toetsingsinkomen: 20_000 + (i % 40) * 1_000 },
        kinderen: [{ geboortedatum: `202${2 + (i % 3)}-0${1 + (i % 9)}-15` }],
        kinderopvang: [{ kind: 0, soort: 'dagopvang', urenPerMaand: 80 + (i % 7) * 10, uurprijs: 10 }],
      },
      { aanvrager: ouder, kinderen: [kind], medebewoners: [] },
      AANVRAAG_OP,
    ),
  };
}

/** Row i of the month's file: 10% deregistrations, 5% clearly other hours, the rest as the parent said. */
function rij(i: number): Record<string, unknown> {
  const uren = 80 + (i % 7) * 10;
  const r: Record<string, unknown> = {
    meldingId: `bench-${i}`,
    opgesteldOp: OPGESTELD,
    kindBsn: benchBsn(2 * i + 1),
    jaar: 2026,
    soort: 'dagopvang',
    uren: [uren, uren, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  };
  if (i % 20 === 1) r.uren = [uren, Math.round(uren / 2), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  else if (i % 10 === 0) r.einddatum = '2026-04-30';
  return r;
}

export async function runPartnerBenchmark(args: string[]): Promise<void> {
  const a = ontleed(args, { waarden: ['rijen'] });
  const n = geheelGetal(a, 'rijen', 100_000, 1, 1_000_000);
  const url = process.env.DATABASE_URL;
  if (!url) throw new GebruiksFout('bench:partner meet op PostgreSQL: zet DATABASE_URL');
  const schema = `bench_partner_${process.pid}`;
  const db = await openDb({ databaseUrl: url, schema });
  const w = wetgeving();
  const o: Omgeving = {
    db,
    wetgeving: w,
    klok: () => NU,
    sleutels: {
      sessie: randomBytes(32).toString('base64url'),
      pseudoniem: randomBytes(32).toString('base64url'),
    },
    instellingen: STANDAARD_INSTELLINGEN,
  };
  console.log(
    `Regelmaat partner benchmark — ${n.toLocaleString('nl-NL')} rijen kinderopvang, PostgreSQL, Node ${process.version}`,
  );
  try {
    let t0 = performance.now();
    await zaaiDemoAccounts(db);
    for (let van = 0; van < n; van += 10_000) {
      const deel = Array.from({ length: Math.min(10_000, n - van) }, (_, k) => huishouden(van + k));
      await db.transaction((tx) => schrijfHuishoudens(tx, deel));
    }
    const { run } = await startRun(
      db,
      {
        soort: 'voorschot',
        jaar: 2026,
        bekendOp: kalender(2026).voorschotOp,
        nu: NU,
        partitiegrootte: 5_000,
      },
      w,
    );
    await werk(db, run, w, geenUitval, { worker: 'bench', logboek: { sleutel: o.sleutels.pseudoniem } });
    for (let van = 0; van < n; van += 10_000)
      await db.transaction(async (tx) => {
        for (let i = van; i < Math.min(n, van + 10_000); i++)
          await koppelKlant(tx, DEMO_PARTNER.clientId, i + 1);
      });
    console.log(
      `  opzet (huishoudens, voorschotrun, klanten; niet gemeten): ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    const sessie = (
      await inloggenPartner(o, { clientId: DEMO_PARTNER.clientId, secret: DEMO_PARTNER.secret })
    ).sessie;
    const telling: Record<string, number> = {};
    let beschikkingen = 0;
    t0 = performance.now();
    for (let van = 0; van < n; van += MAX_RIJEN_PER_BATCH) {
      const rijen = Array.from({ length: Math.min(MAX_RIJEN_PER_BATCH, n - van) }, (_, k) => rij(van + k));
      const uit = await meldOpvangBatch(o, { sessie, trace: nieuweTrace() }, { rijen });
      beschikkingen += uit.beschikkingen;
      for (const [k, v] of Object.entries(uit.telling)) telling[k] = (telling[k] ?? 0) + v;
    }
    const s = (performance.now() - t0) / 1000;
    console.log(
      `  batch: ${n.toLocaleString('nl-NL')} rijen in ${s.toFixed(1)} s = ${Math.round(n / s).toLocaleString('nl-NL')} rijen/s`,
    );
    console.log(
      `  uitkomsten: ${Object.entries(telling)
        .map(([k, v]) => `${k} ${v.toLocaleString('nl-NL')}`)
        .join(', ')}`,
    );
    console.log(`  nieuwe beschikkingen (voorschot herzien): ${beschikkingen.toLocaleString('nl-NL')}`);

    const geschreven: Geschreven[] = [
      await meetGeschreven(db, 'partner_melding', 'true'),
      await meetGeschreven(db, 'feit', "bron = 'aanbieder'"),
      await meetGeschreven(db, 'beschikking', "aanleiding = 'wijziging'"),
      await meetGeschreven(db, 'bericht', 'true'),
      await meetGeschreven(db, 'zaak', "soort = 'opvang-afwijking'"),
    ];
    const perRegeling = await Promise.all(
      ['zorgtoeslag', 'kindgebonden_budget', 'kinderopvangtoeslag'].map(async (r) => ({
        r,
        n: (await meetGeschreven(db, 'beschikking', `aanleiding = 'wijziging' AND regeling = '${r}'`)).rijen,
      })),
    );
    console.log(
      `  per toeslag: ${perRegeling.map((x) => `${x.r} ${x.n.toLocaleString('nl-NL')}`).join(', ')}`,
    );
    const p = await meetPlafond(db, geschreven, [], 1);
    console.log(`  geschreven: ${beschrijfGeschreven(geschreven)}`);
    console.log(
      `  plafond (zelfde run): COPY van ${p.rijenIn.toLocaleString('nl-NL')} even brede rijen in ${p.seconden.toFixed(2)} s; de batch kost ${(s / p.seconden).toFixed(0)}× die tijd`,
    );
  } finally {
    await db.exec(`DROP SCHEMA ${schema} CASCADE`);
    await db.close();
  }
}
