/**
 * @module
 * The exception rules of @regelmaat/uitval behind the batch runs' port: builds the rules' input
 * (only the declared, law-relevant fields) from what a run knows about a household.
 */
import { ageOnFirstOfMonth, type Eurocent, eurocent, hoursToCentihours } from '@regelmaat/kernel';
import {
  type KotTabelOnzekerheid,
  KotTabelOnzekerheidRekenaar,
  REGELINGEN as LAW_REGELINGEN,
  type Wetgeving,
} from '@regelmaat/law';
import { detecteerUitval, type RegelingId, STANDAARD_REGELS, type UitvalInvoer } from '@regelmaat/uitval';
import type { UitvalContext, UitvalDetector } from './uitval-poort';

/** The year amounts (eurocents, REGELINGEN order) of a run's decisions, per toeslag. */
function perRegeling(bedragen: readonly number[]): Record<RegelingId, Eurocent> {
  const uit = {} as Record<RegelingId, Eurocent>;
  LAW_REGELINGEN.forEach((r, i) => {
    uit[r.id] = eurocent(bedragen[i] ?? 0);
  });
  return uit;
}

/**
 * What the rules may see of one household. `kot` is the kinderopvangtoeslag under both readings of
 * an uncertain reconstructed table (null: it does not depend on one). Exported for tests.
 */
export function uitvalInvoer(
  ctx: UitvalContext,
  w: Wetgeving,
  kot: KotTabelOnzekerheid | null = null,
): UitvalInvoer {
  const s = ctx.situatie;
  const ouder = new Array<number>(12).fill(0);
  for (const o of s.opvang)
    for (let m = 0; m < 12; m++)
      if (o.maanden & (1 << m)) ouder[m]! += o.centiurenPerMaand?.[m] ?? o.centiuren;
  const aanbieder = ctx.dossier.opvangUrenAanbieder.map((u) => (u === null ? null : hoursToCentihours(u)));
  const partner = s.partner !== null && s.partnerMaanden !== 0;
  const vermogen = eurocent(s.aanvrager.vermogen + (partner ? s.partner!.vermogen : 0));
  // The lowest asset limit that applies: huurtoeslag's (Awir art. 7 lid 3) for renters, else zorgtoeslag's.
  const datum = `${ctx.jaar}-01-01`;
  const ht = w.huurtoeslag.at(datum);
  const zt = w.zorgtoeslag.at(datum);
  const grens =
    s.huur.length > 0
      ? partner
        ? ht.vermogensgrens_partners
        : ht.vermogensgrens_per_persoon
      : partner
        ? zt.vermogensgrens_partners
        : zt.vermogensgrens_alleenstaande;
  let onder18 = 0;
  let worden18 = 0;
  for (const k of s.kinderen) {
    const leeftijd = ageOnFirstOfMonth(k.geboorte, ctx.jaar, 1);
    if (leeftijd < 18) onder18++;
    if (leeftijd === 17) worden18++;
  }
  return {
    jaar: ctx.jaar,
    fase: ctx.fase,
    voorschot: perRegeling(ctx.voorschot),
    ...(ctx.definitief ? { definitief: perRegeling(ctx.definitief) } : {}),
    geschatInkomen: ctx.geschatInkomen,
    ...(ctx.dossier.vorigJaarInkomen !== undefined
      ? { vorigDefinitiefInkomen: ctx.dossier.vorigJaarInkomen }
      : {}),
    ...(ctx.definitiefInkomen !== undefined ? { definitiefInkomen: ctx.definitiefInkomen } : {}),
    opvangUrenOuder: ouder,
    opvangUrenAanbieder: aanbieder,
    partnerVolgensAanvraag: ctx.partnerVolgensAanvraag,
    partnerVolgensRegistratie: ctx.partnerVolgensRegistratie,
    ontbrekendeGegevens: [...new Set(ctx.dossier.ontbrekend.map((o) => o.split(':')[0]!))],
    vermogen,
    vermogensgrens: grens,
    kinderenOnder18: onder18,
    kinderenWorden18: worden18,
    ...(kot !== null ? { kotTabelOnzeker: { bedrag: kot.jaarbedrag, andereLezing: kot.andereLezing } } : {}),
  };
}

/** The standard exception rules as a detector for batch runs. */
export function standaardUitval(w: Wetgeving): UitvalDetector {
  const kot = new KotTabelOnzekerheidRekenaar(w);
  return (ctx) => {
    const vondsten = detecteerUitval(uitvalInvoer(ctx, w, kot.bereken(ctx.situatie)), STANDAARD_REGELS);
    if (vondsten.length === 0) return null;
    return {
      redenen: vondsten.map((v) => v.code),
      prioriteit: Math.min(...vondsten.map((v) => v.prioriteit)),
      toelichting: vondsten.map((v) => ({
        code: v.code,
        toelichting: v.toelichting,
        ...(v.bedrag !== undefined ? { bedrag: v.bedrag } : {}),
      })),
    };
  };
}
