/**
 * @module
 * The case worker's steps on an objection, each one `zetStap` (who, from which phase, history):
 * the call and its outcome (which may be a withdrawal), the hearing planned and held or skipped with
 * its ground (Awb 7:2, 7:3), the grounds added to a pro forma objection (6:6), the judgment on a
 * late objection (6:11), the one postponement (7:10 lid 3) and a notice of default (4:17).
 */
import type { Sql } from '@regelmaat/db';
import { inTransactie } from '../transactie';
import type { Actor } from '../typen';
import type { Bezwaar, OverslaanGrond } from './bezwaar-typen';
import { sluitBezwaarZaak, zetStap } from './bezwaar-wijzigen';

const OPEN = ['ingediend', 'gebeld', 'horen', 'te-beslissen', 'wacht-op-goedkeuring'] as const;

/** The call is done (its contact recorded); when the person withdrew, the objection ends here. */
export async function legGesprekVast(
  sql: Sql,
  bezwaarId: number,
  g: { contactId: number; ingetrokken: boolean },
  actor: Actor,
  nu: string,
): Promise<Bezwaar> {
  return inTransactie(sql, async (tx) => {
    const u = await zetStap(
      tx,
      bezwaarId,
      g.ingetrokken
        ? {
            actie: 'bezwaar-ingetrokken',
            zet: `gebeld_contact_id = $2, fase = 'ingetrokken', ingetrokken_op = $3`,
            params: [g.contactId, nu],
            vanuit: OPEN,
            details: { contactId: g.contactId },
          }
        : {
            actie: 'bezwaar-gebeld',
            zet: `gebeld_contact_id = $2, fase = 'gebeld'`,
            params: [g.contactId],
            vanuit: ['ingediend'],
            details: { contactId: g.contactId },
          },
      actor,
      nu,
    );
    if (g.ingetrokken) await sluitBezwaarZaak(tx, u, 'bezwaar ingetrokken', actor, nu);
    return u;
  });
}

/** A hearing is planned (Awb 7:2). */
export function planHoorzitting(sql: Sql, bezwaarId: number, op: string, actor: Actor, nu: string) {
  return zetStap(
    sql,
    bezwaarId,
    {
      actie: 'hoorzitting-gepland',
      zet: `hoorzitting = 'gepland', hoorzitting_op = $2, fase = 'horen'`,
      params: [op],
      vanuit: ['gebeld', 'horen'],
      details: { op },
    },
    actor,
    nu,
  );
}

/** The hearing was held; `verslag` is its report (Awb 7:7). */
export function legHoorzittingVast(sql: Sql, bezwaarId: number, verslag: string, actor: Actor, nu: string) {
  return zetStap(
    sql,
    bezwaarId,
    {
      actie: 'hoorzitting-gehouden',
      zet: `hoorzitting = 'gehouden', hoorzitting_toelichting = $2, fase = 'te-beslissen'`,
      params: [verslag],
      vanuit: ['horen'],
    },
    actor,
    nu,
  );
}

/** No hearing, with the ground of Awb 7:3 and why it applies. */
export function slaHoorzittingOver(
  sql: Sql,
  bezwaarId: number,
  grond: OverslaanGrond,
  toelichting: string,
  actor: Actor,
  nu: string,
) {
  return zetStap(
    sql,
    bezwaarId,
    {
      actie: 'hoorzitting-overgeslagen',
      zet: `hoorzitting = 'overgeslagen', hoorzitting_overslaan_grond = $2, hoorzitting_toelichting = $3,
            hoorzitting_op = NULL, fase = 'te-beslissen'`,
      params: [grond, toelichting],
      vanuit: ['gebeld', 'horen'],
      details: { grond, toelichting },
    },
    actor,
    nu,
  );
}

/** The grounds of a pro forma objection came in; the decision term moved (Awb 7:10 lid 2). */
export function vulGrondenAan(
  sql: Sql,
  bezwaarId: number,
  a: { gronden: string; op: string; beslistermijn: string },
  actor: Actor,
  nu: string,
) {
  return zetStap(
    sql,
    bezwaarId,
    {
      actie: 'gronden-aangevuld',
      zet: 'gronden = $2, gronden_ontvangen_op = $3, beslistermijn = $4',
      params: [a.gronden, a.op, a.beslistermijn],
      vanuit: OPEN,
      voorwaarde: (b) => (b.gronden !== null ? 'Dit bezwaar heeft zijn gronden al.' : undefined),
      details: { op: a.op, beslistermijn: a.beslistermijn },
    },
    actor,
    nu,
  );
}

/** Awb 6:11: whether the lateness of a late objection is excusable, and why. */
export function beoordeelTermijnoverschrijding(
  sql: Sql,
  bezwaarId: number,
  o: { verschoonbaar: boolean; toelichting: string },
  actor: Actor,
  nu: string,
) {
  return zetStap(
    sql,
    bezwaarId,
    {
      actie: 'termijnoverschrijding-beoordeeld',
      zet: 'verschoonbaar = $2, verschoonbaar_toelichting = $3',
      params: [o.verschoonbaar, o.toelichting],
      vanuit: OPEN,
      voorwaarde: (b) => (b.tijdig ? 'Dit bezwaar is op tijd ingediend.' : undefined),
      details: o,
    },
    actor,
    nu,
  );
}

/** The one postponement of Awb 7:10 lid 3, with its reason (told to the person by letter). */
export function verdaag(
  sql: Sql,
  bezwaarId: number,
  v: { reden: string; beslistermijn: string; vandaag: string },
  actor: Actor,
  nu: string,
) {
  return zetStap(
    sql,
    bezwaarId,
    {
      actie: 'beslissing-verdaagd',
      zet: 'verdaagd_op = $2, verdaging_reden = $3, beslistermijn = $4',
      params: [nu, v.reden, v.beslistermijn],
      vanuit: OPEN,
      voorwaarde: (b) =>
        b.verdaagdOp !== null
          ? 'De beslissing is al eens verdaagd; de wet staat dat één keer toe (Awb 7:10 lid 3).'
          : b.beslistermijn < v.vandaag
            ? 'De beslistermijn is al verstreken; verdagen kan alleen binnen de termijn.'
            : undefined,
      details: { reden: v.reden, beslistermijn: v.beslistermijn },
    },
    actor,
    nu,
  );
}

/** A written notice of default was received (Awb 4:17 lid 3). */
export function legIngebrekestellingVast(sql: Sql, bezwaarId: number, op: string, actor: Actor, nu: string) {
  return zetStap(
    sql,
    bezwaarId,
    {
      actie: 'ingebrekestelling-ontvangen',
      zet: 'ingebrekestelling_op = $2',
      params: [op],
      vanuit: OPEN,
      voorwaarde: (b) => (b.ingebrekestellingOp ? 'Er is al een ingebrekestelling vastgelegd.' : undefined),
      details: { op },
    },
    actor,
    nu,
  );
}

/**
 * An advisory committee (Awb 7:13) will hear the objection: the decision term becomes twelve weeks
 * instead of six (7:10 lid 1). Only before a decision is proposed, once, and while the six weeks
 * still run (a term already missed is not made good after the fact).
 */
export function zetAdviescommissie(
  sql: Sql,
  bezwaarId: number,
  a: { beslistermijn: string; vandaag: string },
  actor: Actor,
  nu: string,
) {
  return zetStap(
    sql,
    bezwaarId,
    {
      actie: 'adviescommissie-ingesteld',
      zet: 'adviescommissie = true, beslistermijn = $2',
      params: [a.beslistermijn],
      vanuit: ['ingediend', 'gebeld', 'horen', 'te-beslissen'],
      voorwaarde: (b) =>
        b.adviescommissie
          ? 'Dit bezwaar gaat al naar een adviescommissie.'
          : b.beslistermijn < a.vandaag
            ? 'De beslistermijn is al verstreken; een adviescommissie kan die niet meer verlengen.'
            : undefined,
      details: { beslistermijn: a.beslistermijn },
    },
    actor,
    nu,
  );
}
