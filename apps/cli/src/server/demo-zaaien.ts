/**
 * @module
 * Seeds an empty database for the demo server: the demo accounts and partner, a synthetic
 * population of a few thousand households plus the households built to trigger each exception
 * rule, the advance run with its cases, and the monthly payments up to the current month. A
 * database that already holds a population is left as it is (a restart is quick).
 */
import type { Db } from '@regelmaat/db';
import {
  type Context,
  claimZaak,
  inloggenDigid,
  inloggenMedewerker,
  inloggenPartner,
  legContactVastOpZaak,
  legMaatwerkbesluitVast,
  meldOpvanguren,
  meldSignaal,
  meldWijziging,
  type Omgeving,
  schortZaakOp,
  standaardUitkomstVoorZaak,
  vraagTerugbellen,
} from '@regelmaat/diensten';
import { schrijfHuishoudens } from '@regelmaat/dossier-opslag';
import type { RegelingId, Wetgeving } from '@regelmaat/law';
import { nieuweTrace } from '@regelmaat/logboek';
import { alsDossier, kalender, vasteSet } from '@regelmaat/populatie';
import { DEMO_PARTNER, DEMO_PARTNER_2, koppelKlant, zaaiDemoAccounts } from '@regelmaat/toegang';
import { standaardUitval, startRun, werk } from '@regelmaat/verwerking';
import { laadPopulatie } from '../populatie/laad-populatie';
import { koppelDemoPartners } from './demo-partners';
import { vorigJaarVoorbeelden, zaaiDemoVorigJaar } from './demo-vorig-jaar';

export interface DemoVoorbeelden {
  /** BSNs of citizens to try, each with what makes them interesting. */
  burgers: { bsn: string; waarom: string }[];
}

export async function zaaiDemo(
  db: Db,
  w: Wetgeving,
  opties: {
    huishoudens: number;
    jaar: 2025 | 2026;
    totEnMetMaand: number;
    melding: (s: string) => void;
    /** The processing log's pseudonymisation key (the server's): the runs log every person. */
    pseudoniemSleutel: string;
    /** Now (the server's clock): nothing is loaded that is recorded after it. */
    nu: string;
  },
): Promise<void> {
  await zaaiDemoAccounts(db);
  const bestaand = await db.query<{ n: string }>('SELECT count(*) AS n FROM huishouden');
  if (Number(bestaand.rows[0]!.n) > 0) return;
  const { jaar } = opties;
  opties.melding(`Demo-gegevens maken: ${opties.huishoudens.toLocaleString('nl-NL')} huishoudens…\n`);
  const uitzonderingen = vasteSet('uitzonderingen', jaar).map((sh, i) => ({
    ...alsDossier(sh, jaar, opties.nu),
    id: opties.huishoudens + i + 1,
  }));
  // A settled year 2025 for households after these, run before this year's population is loaded.
  await zaaiDemoVorigJaar(db, w, { ...opties, vanafId: opties.huishoudens + uitzonderingen.length + 1 });
  await laadPopulatie(db, { aantal: opties.huishoudens, seed: 1, jaar, nu: opties.nu });
  await db.transaction((tx) => schrijfHuishoudens(tx, uitzonderingen));
  const k = kalender(jaar);
  const uitval = standaardUitval(w);
  const stappen = [
    { soort: 'voorschot' as const, bekendOp: k.voorschotOp },
    ...Array.from({ length: opties.totEnMetMaand }, (_, m) => ({ soort: 'betaling' as const, maand: m + 1 })),
  ];
  for (const s of stappen) {
    const { run } = await startRun(db, { jaar, ...s, nu: opties.nu, partitiegrootte: 1_000 }, w);
    await werk(db, run, w, uitval, { worker: 'demo', logboek: { sleutel: opties.pseudoniemSleutel } });
  }
  // The demo childcare provider's clients: households with a childcare contract.
  const klanten = await db.query<{ huishouden_id: string }>(
    "SELECT DISTINCT huishouden_id FROM feit WHERE soort = 'kinderopvang' ORDER BY huishouden_id LIMIT 25",
  );
  for (const k2 of klanten.rows) await koppelKlant(db, DEMO_PARTNER.clientId, Number(k2.huishouden_id));
  // The second demo provider shares the first five, so two providers reporting for one child (a
  // conflict that opens a case instead of overwriting) can be shown.
  for (const k2 of klanten.rows.slice(0, 5))
    await koppelKlant(db, DEMO_PARTNER_2.clientId, Number(k2.huishouden_id));
  // The demo housing corporation's tenants and the demo insurer's insured (issue 16).
  await koppelDemoPartners(db, opties.nu);
  opties.melding('Demo-gegevens klaar.\n');
}

/**
 * Letters of more kinds than the advance (issue 13): a citizen reports a new income (change
 * letters), and a case worker takes the open case of another household and decides a small
 * maatwerk deviation that takes effect at once (a maatwerk letter). Through the real services, so
 * the decisions, cases and processing log are as in use. Done once: a database that already has a
 * decision outside the runs is left as it is.
 */
export async function zaaiDemoBrieven(o: Omgeving, jaar: number): Promise<void> {
  const al = await o.db.query<{ n: string }>(
    "SELECT count(*) AS n FROM beschikking WHERE aanleiding <> 'run'",
  );
  if (Number(al.rows[0]!.n) > 0) return;
  const v = await demoVoorbeelden(o.db, jaar);
  const burger = v.burgers.find((b) => b.waarom === 'krijgt huurtoeslag');
  if (burger) {
    const ctx: Context = { sessie: inloggenDigid(o, { bsn: burger.bsn }).sessie, trace: nieuweTrace() };
    await meldWijziging(o, ctx, {
      wijziging: { soort: 'inkomen', persoon: 'aanvrager', bedrag: 19_500 },
      bevestig: true,
    });
  }
  const zaak = await o.db.query<{ id: string; versie: number; regeling: RegelingId }>(
    `SELECT z.id, z.versie, b.regeling FROM zaak z
       JOIN beschikking b ON b.huishouden_id = z.huishouden_id AND b.jaar = $1 AND b.status = 'vastgesteld'
      WHERE z.status = 'open' AND z.soort = 'uitval-controle' AND z.team = 'uitval'
      ORDER BY z.id, b.id LIMIT 1`,
    [jaar],
  );
  const z = zaak.rows[0];
  if (!z) return;
  const behandelaar = await inloggenMedewerker(o, {
    gebruikersnaam: 'behandelaar-1',
    wachtwoord: 'demo-behandelaar-1',
  });
  const ctx: Context = { sessie: behandelaar.sessie, trace: nieuweTrace() };
  await claimZaak(o, ctx, Number(z.id), z.versie);
  const standaard = await standaardUitkomstVoorZaak(o, ctx, Number(z.id), { regeling: z.regeling, jaar });
  await legMaatwerkbesluitVast(o, ctx, {
    zaakId: Number(z.id),
    regeling: z.regeling,
    jaar,
    afwijking: { bedrag: standaard.bedrag + 12_000 },
    grondslag: 'awir-13b',
    afweging:
      'Uw inkomen daalde dit jaar plotseling door ziekte. De gewone berekening houdt daar te laat rekening mee. Daarom krijgt u dit jaar 120 euro meer.',
    vragen: {
      rechtvaardig: 'Ja: het verschil komt door ziekte, niet door een keuze.',
      samen: 'Ja: vergelijkbare huishoudens krijgen hetzelfde.',
      aanspreekbaar: 'Ja: de afwijking is klein en uitgelegd.',
    },
    niveau: 'geval',
  });
}

/**
 * Work for the teams beyond uitval and maatwerk (issue 17): a citizen asks to be called back (a case
 * in team Klantcontact's queue, with the number and preferred time). Through the real services;
 * done once: a database that already has a call-back request is left as it is.
 */
export async function zaaiDemoWerk(o: Omgeving, jaar: number): Promise<void> {
  await zaaiDemoSignaal(o);
  await zaaiDemoOpschorting(o);
  const al = await o.db.query<{ n: string }>("SELECT count(*) AS n FROM zaak WHERE soort = 'contactverzoek'");
  if (Number(al.rows[0]!.n) > 0) return;
  const v = await demoVoorbeelden(o.db, jaar);
  const burger = v.burgers.find((b) => b.waarom === 'krijgt kinderopvangtoeslag');
  if (!burger) return;
  const ctx: Context = { sessie: inloggenDigid(o, { bsn: burger.bsn }).sessie, trace: nieuweTrace() };
  await vraagTerugbellen(o, ctx, {
    onderwerp: 'Ik begrijp de nieuwe uren van de opvang niet',
    telefoon: '06 1234 5678',
    voorkeur: 'ochtend',
  });
}

/**
 * A suspended case with a logged contact (issue 17): case worker behandelaar-1 claims an open uitval
 * case, phones the citizen (the contact shows in their "Mijn vragen en zaken") and suspends the case
 * for two weeks while the payslips come in (the due date moves). Done once: a database whose history
 * already holds a suspension is left as it is.
 */
async function zaaiDemoOpschorting(o: Omgeving): Promise<void> {
  const al = await o.db.query<{ n: string }>(
    "SELECT count(*) AS n FROM zaak_historie WHERE actie = 'opgeschort'",
  );
  if (Number(al.rows[0]!.n) > 0) return;
  const zaak = await o.db.query<{ id: string; versie: number }>(
    "SELECT id, versie FROM zaak WHERE status = 'open' AND soort = 'uitval-controle' AND team = 'uitval' ORDER BY id LIMIT 1 OFFSET 1",
  );
  const z = zaak.rows[0];
  if (!z) return;
  const sessie = (
    await inloggenMedewerker(o, { gebruikersnaam: 'behandelaar-1', wachtwoord: 'demo-behandelaar-1' })
  ).sessie;
  const ctx: Context = { sessie, trace: nieuweTrace() };
  const id = Number(z.id);
  await claimZaak(o, ctx, id, z.versie);
  await legContactVastOpZaak(o, ctx, id, {
    kanaal: 'telefoon',
    richting: 'uitgaand',
    onderwerp: 'Uw inkomen dit jaar',
    uitkomst: 'U stuurt ons binnen twee weken uw loonstroken. Daarna kijken wij opnieuw naar uw voorschot.',
  });
  const tot = new Date(Date.parse(o.klok()) + 14 * 86_400_000).toISOString().slice(0, 10);
  const versie = (await o.db.query<{ versie: number }>('SELECT versie FROM zaak WHERE id = $1', [id]))
    .rows[0]!.versie;
  await schortZaakOp(o, ctx, id, versie, 'Loonstroken opgevraagd bij de burger (telefonisch)', tot);
}

/**
 * A signal for policy (issue 17): a case worker of team uitval raises one from an open case, so team
 * lead teamleider-1 has one to triage and the policy analyst's inbox fills once it is routed. Done
 * once: a database that already has a signal is left as it is.
 */
async function zaaiDemoSignaal(o: Omgeving): Promise<void> {
  const al = await o.db.query<{ n: string }>('SELECT count(*) AS n FROM signaal');
  if (Number(al.rows[0]!.n) > 0) return;
  const zaak = await o.db.query<{ id: string }>(
    "SELECT id FROM zaak WHERE status = 'open' AND soort = 'uitval-controle' ORDER BY id DESC LIMIT 1",
  );
  const z = zaak.rows[0];
  if (!z) return;
  const behandelaar = await inloggenMedewerker(o, {
    gebruikersnaam: 'behandelaar-2',
    wachtwoord: 'demo-behandelaar-2',
  });
  await meldSignaal(
    o,
    { sessie: behandelaar.sessie, trace: nieuweTrace() },
    {
      zaakId: Number(z.id),
      thema: 'inkomen',
      omschrijving:
        'Bij een inkomen dat halverwege het jaar sterk daalt, blijft het voorschot maandenlang te laag.',
      waarom: 'Huishoudens zonder buffer komen zo in de problemen, terwijl zij niets fout deden.',
    },
  );
}

/**
 * A childcare provider's deregistration (issue 16): the first demo provider reports that a child of
 * one of its clients (not shared with the second provider) left at the end of last month. Through
 * the real service, so the childcare ends, the advance is revised (a new decision with its letter)
 * and the parent finds a message in "Mijn berichten". Done once (the report id is fixed).
 */
export async function zaaiDemoPartnermelding(o: Omgeving, jaar: number): Promise<void> {
  const al = await o.db.query<{ n: string }>(
    "SELECT count(*) AS n FROM partner_melding WHERE melding_id = 'demo-uitschrijving-1'",
  );
  if (Number(al.rows[0]!.n) > 0) return;
  const r = await o.db.query<{ kind_bsn: string; waarde: { soort: string; urenPerMaand: number } }>(
    `SELECT k.persoon_bsn AS kind_bsn, k.waarde FROM partner_klant p
       JOIN feit k ON k.huishouden_id = p.huishouden_id AND k.soort = 'kinderopvang'
                  AND k.vervallen_op IS NULL AND k.geldig_vanaf IS NULL AND k.geldig_tot IS NULL
       JOIN beschikking b ON b.huishouden_id = p.huishouden_id AND b.jaar = $1
                  AND b.regeling = 'kinderopvangtoeslag' AND b.status = 'vastgesteld'
      WHERE p.client_id = $2
        AND NOT EXISTS (SELECT 1 FROM partner_klant q WHERE q.huishouden_id = p.huishouden_id AND q.client_id <> $2)
      ORDER BY p.huishouden_id LIMIT 1`,
    [jaar, DEMO_PARTNER.clientId],
  );
  const kind = r.rows[0];
  const nu = o.klok();
  if (!kind || Number(nu.slice(0, 4)) !== jaar) return;
  // The last day of the month before this one: the child left then.
  const maand = Number(nu.slice(5, 7));
  if (maand === 1) return;
  const einddatum = new Date(Date.UTC(jaar, maand - 1, 0)).toISOString().slice(0, 10);
  const uren = Array.from({ length: 12 }, (_, m) => (m < maand - 1 ? kind.waarde.urenPerMaand : 0));
  const sessie = (await inloggenPartner(o, { clientId: DEMO_PARTNER.clientId, secret: DEMO_PARTNER.secret }))
    .sessie;
  await meldOpvanguren(
    o,
    { sessie, trace: nieuweTrace() },
    {
      meldingId: 'demo-uitschrijving-1',
      kindBsn: kind.kind_bsn,
      jaar,
      soort: kind.waarde.soort as 'dagopvang',
      uren,
      einddatum,
    },
  );
}

/** A few citizens worth logging in as: with a case, with huurtoeslag, with childcare. */
export async function demoVoorbeelden(db: Db, jaar: number): Promise<DemoVoorbeelden> {
  const een = async (sql: string, waarom: string) => {
    const r = await db.query<{ bsn: string }>(sql, [jaar]);
    return r.rows[0] ? [{ bsn: r.rows[0].bsn, waarom }] : [];
  };
  return {
    burgers: [
      ...(await een(
        `SELECT h.bsn_aanvrager AS bsn FROM huishouden h JOIN zaak z ON z.huishouden_id = h.id
          JOIN beschikking b ON b.huishouden_id = h.id AND b.jaar = $1
          WHERE z.status = 'open' ORDER BY h.id LIMIT 1`,
        'heeft toeslagen en een open zaak (uitval)',
      )),
      ...(await een(
        `SELECT h.bsn_aanvrager AS bsn FROM huishouden h JOIN beschikking b ON b.huishouden_id = h.id
          WHERE b.jaar = $1 AND b.regeling = 'huurtoeslag' ORDER BY h.id LIMIT 1`,
        'krijgt huurtoeslag',
      )),
      ...(await een(
        `SELECT h.bsn_aanvrager AS bsn FROM huishouden h JOIN beschikking b ON b.huishouden_id = h.id
          WHERE b.jaar = $1 AND b.regeling = 'kinderopvangtoeslag' ORDER BY h.id LIMIT 1`,
        'krijgt kinderopvangtoeslag',
      )),
      ...(await een(
        `SELECT h.bsn_aanvrager AS bsn FROM huishouden h JOIN beschikking b ON b.huishouden_id = h.id
          WHERE b.jaar = $1 AND b.aanleiding = 'wijziging' ORDER BY h.id LIMIT 1`,
        'heeft een brief over een wijziging (Mijn brieven)',
      )),
      ...(await een(
        `SELECT h.bsn_aanvrager AS bsn FROM huishouden h JOIN bericht m ON m.huishouden_id = h.id
          JOIN beschikking b ON b.huishouden_id = h.id AND b.jaar = $1
          WHERE m.soort = 'opvang-uitschrijving' ORDER BY h.id LIMIT 1`,
        'heeft een bericht van de kinderopvang (Mijn berichten)',
      )),
      ...(await een(
        `SELECT h.bsn_aanvrager AS bsn FROM huishouden h JOIN bericht m ON m.huishouden_id = h.id
          JOIN beschikking b ON b.huishouden_id = h.id AND b.jaar = $1
          WHERE m.soort = 'huur-wijziging' ORDER BY h.id LIMIT 1`,
        'heeft een bericht van de verhuurder over de nieuwe huur per 1 juli (Mijn berichten)',
      )),
      ...(await een(
        `SELECT h.bsn_aanvrager AS bsn FROM huishouden h JOIN bericht m ON m.huishouden_id = h.id
          JOIN beschikking b ON b.huishouden_id = h.id AND b.jaar = $1
          WHERE m.soort = 'levensgebeurtenis' ORDER BY m.id LIMIT 1`,
        'krijgt een bericht vóór een verandering, zoals een kind dat 4 wordt (Mijn berichten)',
      )),
      ...(await een(
        `SELECT h.bsn_aanvrager AS bsn FROM huishouden h JOIN beschikking b ON b.huishouden_id = h.id
          WHERE b.jaar = $1 AND b.aanleiding = 'maatwerk' ORDER BY h.id LIMIT 1`,
        'heeft een brief over een besluit op maat (Mijn brieven)',
      )),
      ...(await een(
        `SELECT h.bsn_aanvrager AS bsn FROM huishouden h JOIN bezwaar z ON z.huishouden_id = h.id
          WHERE z.fase = 'beslist' AND EXISTS (SELECT 1 FROM beschikking b WHERE b.huishouden_id = h.id AND b.jaar = $1)
          ORDER BY z.id LIMIT 1`,
        'heeft bezwaar gemaakt; beslist met een nieuw besluit en twee brieven (Mijn vragen en zaken, Mijn brieven)',
      )),
      ...(await een(
        `SELECT h.bsn_aanvrager AS bsn FROM huishouden h JOIN bezwaar z ON z.huishouden_id = h.id
          WHERE z.verdaagd_op IS NOT NULL AND EXISTS (SELECT 1 FROM beschikking b WHERE b.huishouden_id = h.id AND b.jaar = $1)
          ORDER BY z.id LIMIT 1`,
        'heeft bezwaar gemaakt; de beslissing is verdaagd, met de reden (Mijn vragen en zaken)',
      )),
      ...(await een(
        `SELECT h.bsn_aanvrager AS bsn FROM huishouden h JOIN beschikking b ON b.huishouden_id = h.id
          WHERE b.jaar = $1 AND b.status = 'vastgesteld' AND b.aanleiding = 'run'
            AND NOT EXISTS (SELECT 1 FROM bezwaar z WHERE z.huishouden_id = h.id) ORDER BY h.id LIMIT 1`,
        'kan bezwaar maken vanuit een brief of "Waarom dit bedrag?"',
      )),
      ...(await vorigJaarVoorbeelden(db)),
    ],
  };
}
