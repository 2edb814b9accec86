/**
 * @module
 * Maatwerk level 2 in the demo (issue 17): case worker behandelaar-1 takes an open exception case
 * of team uitval whose rules other open cases share, decides a small deviation "for comparable
 * cases", and team lead teamleider-1 approves it. The level-2 page of that decision
 * (`/werk/maatwerkbesluiten/<id>/vergelijkbaar`) then lists the open cases that are really
 * comparable, each with its reasons, and below them the cases that share a rule but are not
 * comparable, each with what differs. Proposing and reviewing are left to whoever tries the demo.
 * Through the real services; done once: a database with a level-2 decision is left as it is.
 */
import {
  type Context,
  claimZaak,
  inloggenMedewerker,
  keurMaatwerkGoed,
  legMaatwerkbesluitVast,
  type Omgeving,
  standaardUitkomstVoorZaak,
} from '@regelmaat/diensten';
import type { RegelingId } from '@regelmaat/law';
import { nieuweTrace } from '@regelmaat/logboek';

/** The deviation of the demo's level-2 decision: € 60 more than the law gives, in eurocents. */
const AFWIJKING = 6_000;

/**
 * The first open uitval case (of the household's first decision of `jaar`) with at least two rules
 * that a few other open cases have all of, while at least one other open case has some of them
 * but not all: so the page shows both sides.
 */
async function basiszaak(
  o: Omgeving,
  jaar: number,
): Promise<{ id: number; versie: number; regeling: RegelingId } | undefined> {
  const r = await o.db.query<{ id: string; versie: number; regeling: RegelingId }>(
    `WITH open AS (
       SELECT id, versie, huishouden_id, redenen FROM zaak
        WHERE status = 'open' AND soort = 'uitval-controle' AND team = 'uitval' AND regeling IS NULL)
     SELECT b.id, b.versie, bs.regeling FROM open b
       JOIN LATERAL (SELECT regeling FROM beschikking
                      WHERE huishouden_id = b.huishouden_id AND jaar = $1 AND status = 'vastgesteld'
                      ORDER BY id LIMIT 1) bs ON true
      WHERE cardinality(b.redenen) >= 2
        AND (SELECT count(*) FROM open v WHERE v.id <> b.id AND v.redenen @> b.redenen) BETWEEN 1 AND 50
        AND EXISTS (SELECT 1 FROM open v WHERE v.redenen && b.redenen AND NOT v.redenen @> b.redenen)
      ORDER BY b.id LIMIT 1`,
    [jaar],
  );
  const z = r.rows[0];
  return z ? { id: Number(z.id), versie: z.versie, regeling: z.regeling } : undefined;
}

export async function zaaiDemoMaatwerkNiveau2(o: Omgeving, jaar: number): Promise<number | undefined> {
  const al = await o.db.query<{ n: string }>(
    "SELECT count(*) AS n FROM maatwerkbesluit WHERE niveau = 'vergelijkbaar'",
  );
  if (Number(al.rows[0]!.n) > 0) return undefined;
  const z = await basiszaak(o, jaar);
  if (!z) return undefined;
  const sessie = async (naam: string) =>
    (await inloggenMedewerker(o, { gebruikersnaam: naam, wachtwoord: `demo-${naam}` })).sessie;
  const behandelaar: Context = { sessie: await sessie('behandelaar-1'), trace: nieuweTrace() };
  await claimZaak(o, behandelaar, z.id, z.versie);
  const standaard = await standaardUitkomstVoorZaak(o, behandelaar, z.id, { regeling: z.regeling, jaar });
  const { besluit } = await legMaatwerkbesluitVast(o, behandelaar, {
    zaakId: z.id,
    regeling: z.regeling,
    jaar,
    afwijking: { bedrag: standaard.bedrag + AFWIJKING },
    grondslag: 'awir-13b',
    afweging:
      'De uitvalregels van deze zaak samen houden het voorschot dit jaar te laag voor dit huishouden. Daarom krijgt het 60 euro meer. Huishoudens met dezelfde regels en bedragen krijgen hetzelfde.',
    vragen: {
      rechtvaardig: 'Ja: het verschil komt door de regels samen, niet door een keuze van de burger.',
      samen: 'Ja: vergelijkbare zaken krijgen hetzelfde voorstel, elk apart beoordeeld.',
      aanspreekbaar: 'Ja: de afwijking is klein, uitgelegd en goedgekeurd door een teamleider.',
    },
    niveau: 'vergelijkbaar',
  });
  const leider: Context = { sessie: await sessie('teamleider-1'), trace: nieuweTrace() };
  await keurMaatwerkGoed(o, leider, besluit.id);
  return besluit.id;
}
