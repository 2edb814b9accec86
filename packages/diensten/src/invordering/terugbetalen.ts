/**
 * @module
 * "Wat moet ik terugbetalen?" (issue 15): a household's recoveries after the definitive calculation
 * with their balance and ledger entries, the back-payments paid, and a simulated payment on a
 * recovery. A citizen reaches only their own household (another's recovery looks exactly like one
 * that does not exist); staff read with `beschikking:lezen`. Every read and every payment is logged
 * for each person of the household, in the transaction that does it.
 */

import { leesDossierFeiten } from '@regelmaat/dossier-opslag';
import {
  type Betalingsregeling,
  type Boeking,
  boekAf,
  boekingenVan,
  type Herinnering,
  herinneringenVan,
  type Nabetaling,
  nabetalingenVan,
  type Regelingsvoorstel,
  type RegelingVerval,
  regelingVan,
  type Stand,
  standVan,
  type Vordering,
  vervalVan,
  voorstel,
  vordering,
  vorderingenVan,
  zienswijzenVan,
} from '@regelmaat/invordering';
import { NietGevonden, Ongeldig } from '@regelmaat/kernel';
import { REGELINGEN } from '@regelmaat/law';
import type { Context } from '../context';
import { huishoudenVoor } from '../huishouden';
import type { Omgeving } from '../omgeving';
import { log, personenUitFeiten } from '../verwerkingslog';
import { type MijnBegeleider, mijnBegeleider } from './begeleiding';

export interface VorderingOverzicht extends Vordering {
  /** "Zorgtoeslag", as the law package names it. */
  naam: string;
  boekingen: Boeking[];
  /** The plan agreed for it, with how it stands today; null when there is none. */
  betalingsregeling: (Betalingsregeling & { stand: Stand }) | null;
  /** When the plan lapsed: its letter (what was missed, the whole balance due and by when); else null. */
  verval: RegelingVerval | null;
  /** The standard plan it would get if agreed now (Awir art. 31; practice); null when none is offered. */
  standaard: Regelingsvoorstel | null;
}

export interface Terugbetalen {
  huishoudenId: number;
  vorderingen: VorderingOverzicht[];
  nabetalingen: (Nabetaling & { naam: string })[];
  /** What is still owed in total (eurocents). */
  open: number;
  /** What we intend to recover but first ask the person's view about (Awir art. 26b; eurocents). */
  voorgenomen: number;
  /** Today (YYYY-MM-DD) by the service's clock, to tell a term still running from one passed. */
  vandaag: string;
  /** The household's personal guide: name and next planned contact; null when it has none. */
  begeleider: MijnBegeleider | null;
  /** Reminder letters sent (simulated), newest last. */
  herinneringen: Herinnering[];
}

const naamVan = (regeling: string) => REGELINGEN.find((r) => r.id === regeling)?.naam ?? regeling;

/** The household's recoveries and back-payments (citizen: their own; staff: by `bsn`). */
export async function terugbetalenVan(
  o: Omgeving,
  ctx: Context,
  vraag: { bsn?: string },
): Promise<Terugbetalen> {
  const start = o.klok();
  const doel = await huishoudenVoor(o, ctx, vraag.bsn, {
    burger: 'eigen-huishouden:lezen',
    staf: 'beschikking:lezen',
  });
  return o.db.transaction(async (tx) => {
    const vorderingen: VorderingOverzicht[] = [];
    for (const v of await vorderingenVan(tx, doel.huishoudenId)) {
      const r = await regelingVan(tx, v.id);
      vorderingen.push({
        ...v,
        naam: naamVan(v.regeling),
        boekingen: await boekingenVan(tx, v.id),
        betalingsregeling: r ? { ...r, stand: standVan(r, start.slice(0, 10)) } : null,
        verval: r?.vervallenOp ? ((await vervalVan(tx, v.id)) ?? null) : null,
        standaard: !r && v.saldo > 0 ? (voorstel('standaard', v.saldo, start) ?? null) : null,
      });
    }
    const nabetalingen = (await nabetalingenVan(tx, doel.huishoudenId)).map((n) => ({
      ...n,
      naam: naamVan(n.regeling),
    }));
    const feiten = await leesDossierFeiten(tx, doel.huishoudenId);
    await log(
      o,
      ctx,
      tx,
      'terugvordering-inzien',
      'terugvordering bekijken',
      personenUitFeiten(feiten),
      start,
    );
    return {
      huishoudenId: doel.huishoudenId,
      vorderingen,
      nabetalingen,
      open: vorderingen.reduce((s, v) => s + v.saldo, 0),
      voorgenomen: (await zienswijzenVan(tx, doel.huishoudenId))
        .filter((z) => z.afronding === null)
        .reduce((s, z) => s + z.terugTeVorderen, 0),
      vandaag: start.slice(0, 10),
      begeleider: await mijnBegeleider(tx, doel.huishoudenId, start.slice(0, 10)),
      herinneringen: (await Promise.all(vorderingen.map((v) => herinneringenVan(tx, v.id)))).flat(),
    };
  });
}

/**
 * A citizen pays (part of) their own recovery — simulated: no bank, the payment is recorded as made
 * today. Refused: another household's recovery (as not found), more than is owed, not a positive
 * amount in whole cents. Returns the balance after it.
 */
export async function betaalTerug(
  o: Omgeving,
  ctx: Context,
  verzoek: { vorderingId: number; bedrag: number },
): Promise<{ saldo: number }> {
  const start = o.klok();
  const doel = await huishoudenVoor(o, ctx, undefined, { burger: 'eigen-huishouden:wijzigen' });
  const onbekend = () => new NietGevonden('Deze terugvordering bestaat niet.');
  if (!Number.isSafeInteger(verzoek.vorderingId) || verzoek.vorderingId <= 0) throw onbekend();
  if (!Number.isSafeInteger(verzoek.bedrag) || verzoek.bedrag <= 0)
    throw new Ongeldig([
      { naam: 'bedrag', code: 'te-klein', reden: 'Vul een bedrag in dat groter is dan 0.' },
    ]);
  return o.db.transaction(async (tx) => {
    const v = await vordering(tx, verzoek.vorderingId);
    if (!v || v.huishoudenId !== doel.huishoudenId) throw onbekend();
    const saldo = await boekAf(tx, {
      vorderingId: v.id,
      soort: 'betaling',
      bedrag: verzoek.bedrag,
      datum: start.slice(0, 10),
      op: start,
      omschrijving: 'Betaling (simulatie)',
    });
    const feiten = await leesDossierFeiten(tx, doel.huishoudenId);
    await log(
      o,
      ctx,
      tx,
      'terugvordering-inzien',
      'terugbetaling vastleggen',
      personenUitFeiten(feiten),
      start,
    );
    return { saldo };
  });
}
