/**
 * @module
 * The decision on an objection (Awb 7:11, reasons 7:12): proposed by the case's behandelaar, in
 * force at once unless it changes the amount by more than the approval threshold, then approved by a
 * team lead who is not its author (four-eyes as for maatwerk; the database refuses a decided
 * objection above the threshold without a second person, migration 022). Once decided the case is
 * closed; a (partly) upheld objection gets its new decision version linked by the caller.
 */
import type { Sql } from '@regelmaat/db';
import { schrijfHistorie } from '../historie';
import { inTransactie } from '../transactie';
import type { Actor } from '../typen';
import { nietOntvankelijkGrond } from './bezwaar-ontvankelijkheid';
import { bezwaar } from './bezwaar-rij';
import type { Beslissing, Bezwaar } from './bezwaar-typen';
import { sluitBezwaarZaak, zetStap } from './bezwaar-wijzigen';

export interface BeslissingVoorstel {
  beslissing: Beslissing;
  motivering: string;
  /** For gegrond / deels-gegrond: the toeslag, its new year amount and its change from the one in force. */
  nieuweRegeling?: string;
  nieuwJaarbedrag?: number;
  bedragVerschil?: number;
}

export const UITKOMST_TEKST: Record<Beslissing, string> = {
  gegrond: 'bezwaar gegrond',
  'deels-gegrond': 'bezwaar deels gegrond',
  ongegrond: 'bezwaar ongegrond',
  'niet-ontvankelijk': 'bezwaar niet-ontvankelijk',
};

function voorwaarde(b: Bezwaar, v: BeslissingVoorstel, vandaag: string): string | undefined {
  if (b.hoorzitting !== 'gehouden' && b.hoorzitting !== 'overgeslagen')
    return 'Eerst horen, of vastleggen waarom niet (Awb 7:2 en 7:3).';
  if (!b.tijdig && b.verschoonbaar === null)
    return 'Het bezwaar kwam te laat: beoordeel eerst of dat verschoonbaar is (Awb 6:11).';
  if (!b.tijdig && b.verschoonbaar === false && v.beslissing !== 'niet-ontvankelijk')
    return 'Een te laat bezwaar waarvan de termijnoverschrijding niet verschoonbaar is, is niet-ontvankelijk (Awb 6:11).';
  if (b.gronden === null && v.beslissing !== 'niet-ontvankelijk')
    return 'Dit bezwaar heeft nog geen gronden; beslis na aanvulling, of niet-ontvankelijk als de hersteltermijn ongebruikt verliep (Awb 6:6).';
  if (v.beslissing === 'niet-ontvankelijk' && !nietOntvankelijkGrond(b, vandaag))
    return b.gronden === null && b.hersteltermijn !== null && b.hersteltermijn >= vandaag
      ? 'De hersteltermijn loopt nog: niet-ontvankelijk kan pas als die ongebruikt is verstreken (Awb 6:6).'
      : 'Niet-ontvankelijk kan alleen als het bezwaar te laat kwam en dat niet verschoonbaar is (Awb 6:7, 6:9, 6:11), of als de gronden niet binnen de hersteltermijn kwamen (Awb 6:6).';
  const omhoog = v.beslissing === 'gegrond' || v.beslissing === 'deels-gegrond';
  if (
    omhoog !==
    (v.nieuwJaarbedrag !== undefined && v.bedragVerschil !== undefined && v.nieuweRegeling !== undefined)
  )
    return omhoog
      ? 'Bij een (deels) gegrond bezwaar hoort een nieuw bedrag.'
      : 'Bij een ongegrond of niet-ontvankelijk bezwaar hoort geen nieuw bedrag.';
  return undefined;
}

/** Proposes the decision; `vierOgen` (from the threshold) says whether a team lead must approve it. */
export async function stelBeslissingVoor(
  sql: Sql,
  bezwaarId: number,
  v: BeslissingVoorstel,
  vierOgen: boolean,
  actor: Actor,
  nu: string,
): Promise<Bezwaar> {
  return inTransactie(sql, async (tx) => {
    const u = await zetStap(
      tx,
      bezwaarId,
      {
        actie: vierOgen ? 'beslissing-voorgesteld' : 'beslist',
        zet: `beslissing = $2, motivering = $3, nieuw_jaarbedrag = $4, bedrag_verschil = $5, auteur = $6,
              voorgesteld_op = $7, beoordelaar = NULL, beoordeeld_op = NULL, afgewezen_toelichting = NULL,
              fase = $8, beslist_op = $9, nieuwe_regeling = $10`,
        params: [
          v.beslissing,
          v.motivering,
          v.nieuwJaarbedrag ?? null,
          v.bedragVerschil ?? null,
          actor.id,
          nu,
          vierOgen ? 'wacht-op-goedkeuring' : 'beslist',
          vierOgen ? null : nu,
          v.nieuweRegeling ?? null,
        ],
        vanuit: ['te-beslissen'],
        voorwaarde: (b) => voorwaarde(b, v, nu.slice(0, 10)),
        details: { beslissing: v.beslissing, bedragVerschil: v.bedragVerschil ?? null, vierOgen },
      },
      actor,
      nu,
    );
    if (!vierOgen) await sluitBezwaarZaak(tx, u, UITKOMST_TEKST[v.beslissing], actor, nu);
    return u;
  });
}

/** A team lead, not the author, approves: the decision is in force and the case closed. */
export async function keurBeslissingGoed(
  sql: Sql,
  bezwaarId: number,
  actor: Actor,
  nu: string,
): Promise<Bezwaar> {
  return inTransactie(sql, async (tx) => {
    const u = await zetStap(
      tx,
      bezwaarId,
      {
        actie: 'beslissing-goedgekeurd',
        zet: `beoordelaar = $2, beoordeeld_op = $3, fase = 'beslist', beslist_op = $3`,
        params: [actor.id, nu],
        vanuit: ['wacht-op-goedkeuring'],
        wie: 'beoordelaar',
      },
      actor,
      nu,
    );
    await sluitBezwaarZaak(tx, u, UITKOMST_TEKST[u.beslissing!], actor, nu);
    return u;
  });
}

/** A team lead sends the proposal back with a reason; the behandelaar decides again. */
export function wijsBeslissingAf(sql: Sql, bezwaarId: number, toelichting: string, actor: Actor, nu: string) {
  return zetStap(
    sql,
    bezwaarId,
    {
      actie: 'beslissing-afgewezen',
      zet: `fase = 'te-beslissen', afgewezen_toelichting = $2, beoordelaar = NULL, beoordeeld_op = NULL`,
      params: [toelichting],
      vanuit: ['wacht-op-goedkeuring'],
      wie: 'beoordelaar',
      details: { toelichting },
    },
    actor,
    nu,
  );
}

/** Links the new decision version made because the objection was (partly) upheld. */
export async function koppelNieuweBeschikking(
  tx: Sql,
  b: Bezwaar,
  beschikkingId: number,
  actor: Actor,
  nu: string,
): Promise<Bezwaar> {
  await tx.query('UPDATE bezwaar SET nieuwe_beschikking_id = $2 WHERE id = $1', [b.id, beschikkingId]);
  const z = await tx.query<{ versie: number }>('SELECT versie FROM zaak WHERE id = $1', [b.zaakId]);
  await schrijfHistorie(tx, b.zaakId, 'nieuwe-beschikking', z.rows[0]!.versie, actor, nu, {
    bezwaarId: b.id,
    beschikkingId,
  });
  return (await bezwaar(tx, b.id))!;
}
