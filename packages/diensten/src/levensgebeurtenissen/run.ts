/**
 * @module
 * The life-event run (issue 16, C8): for one peildatum, every household is looked at for events one
 * to two months ahead (`vindLevensgebeurtenissen`, @regelmaat/dossier); for each event found the
 * engine computes what it changes (`effect.ts`), the household gets a B1 message in its portal
 * (`bericht` of kind `levensgebeurtenis`) and — when it has hardship indicators (`schrijnend.ts`)
 * — a call task for a case worker (a `contactverzoek` case, team klantcontact, reason
 * `LEVENSGEBEURTENIS_BELLEN`), one per household per run.
 *
 * Like the other runs: one run per peildatum (starting it again resumes it), households in
 * partitions of ascending id, each partition in one transaction (its events, messages, cases, the
 * run's progress and the processing log for every person looked at — activity
 * `levensgebeurtenis-signaleren`), so a run that stops halfway goes on after the last committed
 * partition. Every event is recorded once by its key: a rerun, or a later run whose window
 * overlaps, sends nothing again. Two starters at once take turns per partition (the run row is
 * locked).
 */
import { createHmac } from 'node:crypto';
import { doelmatigheidsgrens } from '@regelmaat/beschikking';
import { stuurBericht } from '@regelmaat/brief-opslag';
import type { Sql } from '@regelmaat/db';
import {
  LEVENSGEBEURTENIS_SOORTEN,
  type Levensgebeurtenis,
  type LevensgebeurtenisSoort,
  vindLevensgebeurtenissen,
} from '@regelmaat/dossier';
import { huishoudensNa, leesDossierFeiten } from '@regelmaat/dossier-opslag';
import { isCivilDate, Ongeldig } from '@regelmaat/kernel';
import { activiteitId, logVerwerking, nieuweTrace } from '@regelmaat/logboek';
import { maakZaak } from '@regelmaat/zaken';
import { type Context, vereis } from '../context';
import { datumVan, type Omgeving } from '../omgeving';
import { personenUitFeiten } from '../verwerkingslog';
import { effectVan } from './effect';
import { schrijnendeIndicaties } from './schrijnend';
import { berichtEffect } from './zinnen';

export { LEVENSGEBEURTENIS_SOORTEN, type LevensgebeurtenisSoort } from '@regelmaat/dossier';

/** The message kind a life event sends (the portal words it). */
export const BERICHT_LEVENSGEBEURTENIS = 'levensgebeurtenis';
/** The reason code of the call task for a household with hardship indicators. */
export const LEVENSGEBEURTENIS_BELLEN = 'LEVENSGEBEURTENIS_BELLEN';

const ACTOR = { id: 'levensgebeurtenissen', rol: 'systeem' } as const;

export interface LevensgebeurtenisOpdracht {
  /** The day the run looks from (YYYY-MM-DD), not after today. */
  peildatum: string;
  /** Households per partition (default 500). */
  partitiegrootte?: number;
}

export interface LevensgebeurtenisRapport {
  runId: number;
  peildatum: string;
  /** Whether this call started the run (false: it resumed or reread one). */
  nieuw: boolean;
  klaar: boolean;
  huishoudens: number;
  /** Events found, per kind (every kind listed, zero included). */
  perSoort: Record<LevensgebeurtenisSoort, number>;
  berichten: number;
  belTaken: number;
  /** Answers of the households so far. */
  reacties: { klopt: number; wijziging: number };
}

export interface RunOpties {
  /** Stop after this many partitions (tests use it to stop a run halfway). */
  maxPartities?: number;
}

function controleer(o: Omgeving, opdracht: LevensgebeurtenisOpdracht): number {
  const velden = [];
  const p = opdracht.peildatum;
  if (typeof p !== 'string' || !isCivilDate(p))
    velden.push({ naam: 'peildatum', reden: 'is geen datum (JJJJ-MM-DD)' });
  else if (p > datumVan(o.klok()))
    velden.push({
      naam: 'peildatum',
      reden: `ligt na vandaag (${datumVan(o.klok())}): een run kijkt niet vanuit de toekomst`,
    });
  const grootte = opdracht.partitiegrootte ?? 500;
  if (!Number.isInteger(grootte) || grootte < 1 || grootte > 100_000)
    velden.push({ naam: 'partitiegrootte', reden: 'moet een geheel getal van 1 tot en met 100.000 zijn' });
  if (velden.length > 0) throw new Ongeldig(velden);
  return grootte;
}

/** A key for the event that names no person: the household, the kind, the date, a pseudonym. */
function sleutelVan(o: Omgeving, huishoudenId: number, e: Levensgebeurtenis): string {
  const wie = e.persoonBsn
    ? createHmac('sha256', o.sleutels.pseudoniem).update(e.persoonBsn).digest('hex').slice(0, 16)
    : '-';
  return `levensgebeurtenis:${huishoudenId}:${e.soort}:${e.datum}:${wie}`;
}

async function geboortedatum(
  feiten: Awaited<ReturnType<typeof leesDossierFeiten>>,
  bsn: string | undefined,
): Promise<string | undefined> {
  if (!bsn) return undefined;
  const f = feiten.find((x) => x.soort === 'persoon' && x.persoonBsn === bsn && !x.vervallenOp);
  return (f?.waarde as { geboortedatum?: string } | undefined)?.geboortedatum;
}

/** Looks at one household: records, tells and (with hardship) plans a call for each new event. */
async function verwerkHuishouden(
  tx: Sql,
  o: Omgeving,
  runId: number,
  peildatum: string,
  huishoudenId: number,
  op: string,
): Promise<string[]> {
  const feiten = await leesDossierFeiten(tx, huishoudenId);
  const gebeurtenissen = vindLevensgebeurtenissen(feiten, peildatum, o.wetgeving);
  if (gebeurtenissen.length === 0) return personenUitFeiten(feiten);
  let belZaak: number | undefined;
  const indicaties = await schrijnendeIndicaties(tx, huishoudenId, Number(peildatum.slice(0, 4)));
  for (const e of gebeurtenissen) {
    const sleutel = sleutelVan(o, huishoudenId, e);
    const al = await tx.query('SELECT 1 FROM levensgebeurtenis WHERE sleutel = $1', [sleutel]);
    if (al.rows.length > 0) continue;
    const effect = await effectVan(tx, o, huishoudenId, feiten, e, op);
    const berichtId = await stuurBericht(tx, {
      huishoudenId,
      soort: BERICHT_LEVENSGEBEURTENIS,
      sleutel,
      gegevens: {
        gebeurtenis: e.soort,
        datum: e.datum,
        ...(e.opvang ? { opvang: e.opvang } : {}),
        geboortedatum: (await geboortedatum(feiten, e.persoonBsn)) ?? null,
        berekend: effect.berekend,
        ...(effect.nietBerekend ? { nietBerekend: effect.nietBerekend } : {}),
        maanden: effect.maanden,
        ...(effect.wijziging ? { wijziging: effect.wijziging } : {}),
        ...(effect.effecten
          ? {
              effecten: effect.effecten.map(berichtEffect),
              // The sentences the portal says depend on it (zinnen.ts): a recovery up to it is not collected.
              doelmatigheidsgrens: doelmatigheidsgrens(o.wetgeving, Number(e.datum.slice(0, 4))),
            }
          : {}),
      },
      op,
    });
    if (indicaties.length > 0 && belZaak === undefined) {
      const z = await maakZaak(
        tx,
        {
          soort: 'contactverzoek',
          huishoudenId,
          onderwerp: 'Bellen vóór een verandering: help op tijd een wijziging door te geven',
          redenen: [LEVENSGEBEURTENIS_BELLEN],
          toelichting: {
            gebeurtenis: e.soort,
            datum: e.datum,
            indicaties,
            ...(berichtId ? { berichtId } : {}),
          },
          prioriteit: 2,
          jaar: Number(e.datum.slice(0, 4)),
        },
        ACTOR,
        op,
      );
      belZaak = z.id;
    }
    await tx.query(
      `INSERT INTO levensgebeurtenis (run_id, huishouden_id, soort, datum, sleutel, bericht_id, zaak_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [runId, huishoudenId, e.soort, e.datum, sleutel, berichtId ?? null, belZaak ?? null],
    );
  }
  return personenUitFeiten(feiten);
}

interface RunRij {
  id: string;
  verwerkt_tot_id: string;
  partitiegrootte: number;
  klaar: boolean;
}

/**
 * Starts the run for `opdracht.peildatum`, or resumes it, and works until every household is looked
 * at (or `maxPartities` partitions are done). Returns the run's figures.
 */
export async function levensgebeurtenisRun(
  o: Omgeving,
  opdracht: LevensgebeurtenisOpdracht,
  opties: RunOpties = {},
): Promise<LevensgebeurtenisRapport> {
  const grootte = controleer(o, opdracht);
  const gestart = o.klok();
  const ingevoegd = await o.db.query<{ id: string }>(
    `INSERT INTO levensgebeurtenis_run (peildatum, partitiegrootte, gestart_op) VALUES ($1, $2, $3)
     ON CONFLICT (peildatum) DO NOTHING RETURNING id`,
    [opdracht.peildatum, grootte, gestart],
  );
  const nieuw = ingevoegd.rows.length > 0;
  const runId = Number(
    (
      await o.db.query<{ id: string }>('SELECT id FROM levensgebeurtenis_run WHERE peildatum = $1', [
        opdracht.peildatum,
      ])
    ).rows[0]!.id,
  );
  for (let n = 0; opties.maxPartities === undefined || n < opties.maxPartities; n++) {
    const verder = await o.db.transaction(async (tx) => {
      const run = (
        await tx.query<RunRij>(
          `SELECT id, verwerkt_tot_id, partitiegrootte, klaar_op IS NOT NULL AS klaar
             FROM levensgebeurtenis_run WHERE id = $1 FOR UPDATE`,
          [runId],
        )
      ).rows[0]!;
      if (run.klaar) return false;
      const op = o.klok();
      const ids = await huishoudensNa(tx, Number(run.verwerkt_tot_id), run.partitiegrootte);
      if (ids.length === 0) {
        await tx.query(
          'UPDATE levensgebeurtenis_run SET klaar_op = GREATEST($2::timestamptz, gestart_op) WHERE id = $1',
          [runId, op],
        );
        return false;
      }
      const personen: string[] = [];
      for (const id of ids)
        personen.push(...(await verwerkHuishouden(tx, o, runId, opdracht.peildatum, id, op)));
      if (personen.length > 0)
        await logVerwerking(tx, {
          trace: nieuweTrace(),
          activiteit: activiteitId('levensgebeurtenis-signaleren'),
          naam: `levensgebeurtenissen ${opdracht.peildatum}`,
          betrokkenen: [...new Set(personen)],
          start: op,
          eind: o.klok(),
          actor: ACTOR,
          sleutel: o.sleutels.pseudoniem,
        });
      await tx.query(
        'UPDATE levensgebeurtenis_run SET verwerkt_tot_id = $2, huishoudens = huishoudens + $3 WHERE id = $1',
        [runId, ids.at(-1)!, ids.length],
      );
      return true;
    });
    if (!verder) break;
  }
  return { ...(await rapportVan(o.db, runId)), nieuw };
}

/**
 * Starts or resumes the run for a caller of the API: a staff member with the right
 * `levensgebeurtenissen:starten` (team leads). The CLI calls `levensgebeurtenisRun` itself.
 */
export async function startLevensgebeurtenisRun(
  o: Omgeving,
  ctx: Context,
  opdracht: LevensgebeurtenisOpdracht,
): Promise<LevensgebeurtenisRapport> {
  vereis(ctx, 'levensgebeurtenissen:starten');
  return levensgebeurtenisRun(o, opdracht);
}

/** The figures of a life-event run. */
export async function rapportVan(sql: Sql, runId: number): Promise<Omit<LevensgebeurtenisRapport, 'nieuw'>> {
  const run = (
    await sql.query<{ peildatum: string; huishoudens: number; klaar: boolean }>(
      `SELECT to_char(peildatum, 'YYYY-MM-DD') AS peildatum, huishoudens, klaar_op IS NOT NULL AS klaar
         FROM levensgebeurtenis_run WHERE id = $1`,
      [runId],
    )
  ).rows[0]!;
  const soorten = await sql.query<{ soort: LevensgebeurtenisSoort; n: string }>(
    'SELECT soort, count(*) AS n FROM levensgebeurtenis WHERE run_id = $1 GROUP BY soort',
    [runId],
  );
  const perSoort = Object.fromEntries(LEVENSGEBEURTENIS_SOORTEN.map((s) => [s, 0])) as Record<
    LevensgebeurtenisSoort,
    number
  >;
  for (const r of soorten.rows) perSoort[r.soort] = Number(r.n);
  const t = (
    await sql.query<{ berichten: string; bel: string; klopt: string; wijziging: string }>(
      `SELECT count(bericht_id) AS berichten, count(DISTINCT zaak_id) AS bel,
              count(*) FILTER (WHERE reactie = 'klopt') AS klopt,
              count(*) FILTER (WHERE reactie = 'wijziging') AS wijziging
         FROM levensgebeurtenis WHERE run_id = $1`,
      [runId],
    )
  ).rows[0]!;
  return {
    runId,
    peildatum: run.peildatum,
    klaar: run.klaar,
    huishoudens: run.huishoudens,
    perSoort,
    berichten: Number(t.berichten),
    belTaken: Number(t.bel),
    reacties: { klopt: Number(t.klopt), wijziging: Number(t.wijziging) },
  };
}
