/**
 * @module
 * What the objection form shows before a person objects (or a case worker registers one): every
 * decision of the same letter the objection will cover (Awir 37), the last day of the objection
 * term counted from the day after the letter's date (Awir 35, Awb 6:7, Algemene termijnenwet), and
 * an objection that already runs against that letter. A citizen reaches only their own decisions;
 * the read is logged for each person of the household.
 */
import { type BeschikkingVersie, beschikkingenVan } from '@regelmaat/beschikking';
import { bezwaartermijn } from '@regelmaat/brieven';
import { leesDossierFeiten } from '@regelmaat/dossier-opslag';
import { type Bezwaar, openBezwaarTegen } from '@regelmaat/zaken';
import { briefdatumVan } from '../brieven/brief-vullen';
import { type Context, ingelogd, vereis } from '../context';
import { datumVan, type Omgeving } from '../omgeving';
import { log, personenUitFeiten } from '../verwerkingslog';
import { bestredenOf404, inDezelfdeBrief } from './bezwaar-indienen';
import { naamVan } from './bezwaarbrief-vullen';

export interface BezwaarFormulierData {
  /** The decisions the objection covers: every decision of the same letter. */
  bestreden: { id: number; naam: string; jaar: number; jaarbedrag: number; briefdatum: string }[];
  briefdatum: string;
  /** The last day of the objection term; after it a case worker judges the lateness (Awb 6:11). */
  laatsteDag: string;
  /** Whether an objection received today is on time. */
  opTijd: boolean;
  /** An objection that already runs against this letter. */
  loopt?: Pick<Bezwaar, 'id' | 'ontvangenOp'>;
}

export async function bezwaarFormulier(
  o: Omgeving,
  ctx: Context,
  beschikkingId: number,
): Promise<BezwaarFormulierData> {
  const start = o.klok();
  const s = ingelogd(ctx);
  vereis(ctx, s.rol === 'burger' ? 'bezwaar:indienen' : 'zaak:behandelen');
  const b = await bestredenOf404(o, ctx, beschikkingId);
  return o.db.transaction(async (tx) => {
    const alle: BeschikkingVersie[] = await beschikkingenVan(tx, b.huishoudenId);
    const bestreden = inDezelfdeBrief(b, alle);
    const loopt = await openBezwaarTegen(
      tx,
      bestreden.map((x) => x.id),
    );
    const briefdatum = briefdatumVan(b);
    const laatsteDag = bezwaartermijn(briefdatum).laatsteDag;
    await log(
      o,
      ctx,
      tx,
      s.rol === 'burger' ? 'bezwaar-indienen' : 'bezwaar-behandelen',
      'bezwaarformulier openen',
      personenUitFeiten(await leesDossierFeiten(tx, b.huishoudenId)),
      start,
    );
    return {
      bestreden: bestreden.map((x) => ({
        id: x.id,
        naam: naamVan(x.regeling),
        jaar: x.jaar,
        jaarbedrag: x.jaarbedrag,
        briefdatum: briefdatumVan(x),
      })),
      briefdatum,
      laatsteDag,
      opTijd: datumVan(start) <= laatsteDag,
      ...(loopt ? { loopt: { id: loopt.id, ontvangenOp: loopt.ontvangenOp } } : {}),
    };
  });
}
