/**
 * @module
 * The exception rules (C4, `@regelmaat/uitval`) wherever a decision is made outside the batch runs
 * (issue 16): a citizen's change and a partner's report (both through `schrijfHerziening`,
 * `voorschot-herzien.ts`) and a maatwerk decision (`aangepaste-versie.ts`). The same standard rules
 * as the runs, in fase `herziening`: what the revised schedule will have paid against the year
 * amount decided — a recovery the household can already see coming — and the facts as they are now.
 * A finding opens its case through `@regelmaat/zaken` in the caller's transaction, as a run would
 * (a recovery of € 1,500 or more to the hearing queue, Awir art. 26b). Nothing else changes: the
 * decision stands; selection is not a sanction.
 */
import type { Sql } from '@regelmaat/db';
import { type Feit, HuishoudenRekenaar } from '@regelmaat/dossier';
import { eurocent } from '@regelmaat/kernel';
import { REGELINGEN, type RegelingId } from '@regelmaat/law';
import { standaardUitval } from '@regelmaat/verwerking';
import { openUitvalZaakBuitenRun } from '@regelmaat/zaken';
import type { Omgeving } from '../omgeving';

export interface BesluitBuitenRun {
  huishoudenId: number;
  jaar: number;
  /** The household's facts as the decision rests on them. */
  feiten: readonly Feit[];
  /** Per toeslag: what will have been paid over the year, and the year amount decided (eurocents). */
  betaald: Partial<Record<RegelingId, number>>;
  besluit: Partial<Record<RegelingId, number>>;
  /** For the case's subject: "wijziging doorgegeven: inkomen", "melding kinderopvang", "maatwerk". */
  aanleiding: string;
}

/**
 * Runs the standard exception rules on a decision made outside a run and opens the case they ask
 * for (none when an open case of that type already has the same reasons). Returns the new case's id.
 */
export async function uitvalBuitenRun(
  tx: Sql,
  o: Omgeving,
  b: BesluitBuitenRun,
  op: string,
): Promise<number | undefined> {
  const u = new HuishoudenRekenaar(o.wetgeving).bereken(b.feiten, {
    jaar: b.jaar,
    variant: 'schatting',
    bekendOp: op,
  });
  // A dossier the engine cannot read was refused before anything was decided (herzieningVan).
  if (!u.ok) return undefined;
  const { dossier, situatie } = u;
  const inkomen = eurocent(dossier.geschatInkomen.aanvrager + (dossier.geschatInkomen.toeslagpartner ?? 0));
  const vondst = standaardUitval(o.wetgeving)({
    jaar: b.jaar,
    fase: 'herziening',
    dossier,
    situatie,
    partnerVolgensAanvraag: b.feiten.some(
      (f) =>
        f.soort === 'persoon' &&
        !f.vervallenOp &&
        (f.waarde as { rol: string }).rol === 'toeslagpartner' &&
        f.bron !== 'belastingdienst',
    ),
    voorschot: REGELINGEN.map((r) => b.betaald[r.id] ?? 0),
    definitief: REGELINGEN.map((r) => b.besluit[r.id] ?? 0),
    geschatInkomen: inkomen,
    definitiefInkomen: inkomen,
    partnerVolgensRegistratie: dossier.invoer.toeslagpartner !== undefined,
  });
  if (!vondst) return undefined;
  const zaak = await openUitvalZaakBuitenRun(
    tx,
    {
      huishoudenId: b.huishoudenId,
      jaar: b.jaar,
      redenen: vondst.redenen,
      toelichting: vondst.toelichting,
      prioriteit: vondst.prioriteit,
      aanleiding: b.aanleiding,
    },
    { id: 'systeem', rol: 'systeem' },
    op,
  );
  return zaak?.id;
}
