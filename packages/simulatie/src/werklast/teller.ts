/**
 * @module
 * The workload of one household on both sides (baseline and the whole reform): the exception
 * rules of @regelmaat/uitval run as the advance run and the definitive run would run them, and the
 * recovery the definitive calculation would bring. A static estimate: the advance as the advance
 * run computes it (on the estimated income the dossier holds at that moment), the definitive
 * amount on the tax authority's final income of the applicant and the toeslagpartner.
 *
 * What the snapshot does not hold is given neutral input, so those rules find the same on both
 * sides: the providers' childcare hours (taken equal to the parent's), the toeslagpartner in the
 * registry (taken equal to the application's), missing facts (none).
 */
import { ageOnFirstOfMonth, type Eurocent, eurocent } from '@regelmaat/kernel';
import {
  type BatchRekenaar,
  type Bedragen,
  KotTabelOnzekerheidRekenaar,
  REGELINGEN,
  type Situatie,
  type Wetgeving,
} from '@regelmaat/law';
import { detecteerUitval, type RegelingId, STANDAARD_REGELS, type UitvalInvoer } from '@regelmaat/uitval';
import type { KolomArrays } from '../kolommen/indeling';
import type { SituatieLezer } from '../kolommen/lezer';
import type { Telling } from '../telling';

/** The reason codes the workload counts, in the order of the standard rules. */
export const WERKLAST_CODES: readonly string[] = STANDAARD_REGELS.map((r) => r.code);

const CODE_INDEX = new Map(WERKLAST_CODES.map((c, i) => [c, i]));

/** The facts of the advance run that the rules see and the law does not change. */
interface VoorschotFeiten {
  jaar: number;
  partner: boolean;
  vermogen: number;
  huurder: boolean;
  geschatInkomen: number;
  onder18: number;
  worden18: number;
  uren: number[];
}

function perRegeling(b: Bedragen, j: number): Record<RegelingId, Eurocent> {
  const uit = {} as Record<RegelingId, Eurocent>;
  REGELINGEN.forEach((r, t) => {
    uit[r.id] = b.toegekend(t, j);
  });
  return uit;
}

function vermogensgrens(w: Wetgeving, f: VoorschotFeiten): Eurocent {
  // The lowest limit that applies, as the batch runs' adapter takes it: huurtoeslag's for renters
  // (Awir art. 7 lid 3), zorgtoeslag's otherwise.
  const datum = `${f.jaar}-01-01`;
  if (f.huurder) {
    const ht = w.huurtoeslag.at(datum);
    return f.partner ? ht.vermogensgrens_partners : ht.vermogensgrens_per_persoon;
  }
  const zt = w.zorgtoeslag.at(datum);
  return f.partner ? zt.vermogensgrens_partners : zt.vermogensgrens_alleenstaande;
}

/** Whether two inputs of the rules are equal in every field the law can change. */
function zelfdeUitkomst(a: UitvalInvoer, b: UitvalInvoer): boolean {
  if (a.vermogensgrens !== b.vermogensgrens) return false;
  if (a.kotTabelOnzeker?.bedrag !== b.kotTabelOnzeker?.bedrag) return false;
  if (a.kotTabelOnzeker?.andereLezing !== b.kotTabelOnzeker?.andereLezing) return false;
  for (const r of REGELINGEN) {
    if (a.voorschot[r.id] !== b.voorschot[r.id]) return false;
    if (a.definitief?.[r.id] !== b.definitief?.[r.id]) return false;
  }
  return true;
}

export class WerklastTeller {
  private readonly kot: [KotTabelOnzekerheidRekenaar, KotTabelOnzekerheidRekenaar];
  private readonly definitief: Bedragen;

  /** `rekenaars`/`wetten`: the baseline's and the whole reform's. */
  constructor(
    private readonly wetten: readonly [Wetgeving, Wetgeving],
    private readonly rekenaars: readonly [BatchRekenaar, BatchRekenaar],
  ) {
    this.kot = [new KotTabelOnzekerheidRekenaar(wetten[0]), new KotTabelOnzekerheidRekenaar(wetten[1])];
    this.definitief = rekenaars[0].nieuweBedragen(2);
  }

  /**
   * Counts household i into `telling`: `s` is its advance Situatie (just read by `lezer`), `uit`
   * its advance amounts under every scenario (the baseline at 0, the whole reform at `laatste`).
   */
  tel(
    lezer: SituatieLezer,
    k: KolomArrays,
    i: number,
    s: Situatie,
    uit: Bedragen,
    laatste: number,
    telling: Telling,
  ): void {
    const partner = s.partner !== null && s.partnerMaanden !== 0;
    const uren = new Array<number>(12).fill(0);
    for (const o of s.opvang)
      for (let m = 0; m < 12; m++)
        if (o.maanden & (1 << m)) uren[m]! += o.centiurenPerMaand?.[m] ?? o.centiuren;
    let onder18 = 0;
    let worden18 = 0;
    for (const c of s.kinderen) {
      const l = ageOnFirstOfMonth(c.geboorte, s.jaar, 1);
      if (l < 18) onder18++;
      if (l === 17) worden18++;
    }
    const f: VoorschotFeiten = {
      jaar: s.jaar,
      partner,
      vermogen: s.aanvrager.vermogen + (partner ? s.partner!.vermogen : 0),
      huurder: s.huur.length > 0,
      geschatInkomen: s.aanvrager.inkomen + (partner ? s.partner!.inkomen : 0),
      onder18,
      worden18,
      uren,
    };
    const kotVoorschot = [this.kot[0].bereken(s), this.kot[1].bereken(s)];
    const sd = lezer.leesDefinitief(i);
    this.rekenaars[0].bereken(sd, this.definitief, 0);
    this.rekenaars[1].bereken(sd, this.definitief, 1);
    const kotDefinitief = [this.kot[0].bereken(sd), this.kot[1].bereken(sd)];
    const definitiefInkomen = sd.aanvrager.inkomen + (partner ? sd.partner!.inkomen : 0);
    const vorig = k.vInkomen[i]!;

    let vorige: { v: UitvalInvoer; d: UitvalInvoer; codes: number[][] } | null = null;
    const codesPerKant: number[][][] = [];
    const terugPerKant: [number, number] = [0, 0];
    for (let kant = 0; kant < 2; kant++) {
      const j = kant === 0 ? 0 : laatste;
      const basis: Omit<UitvalInvoer, 'fase'> = {
        jaar: f.jaar,
        voorschot: perRegeling(uit, j),
        geschatInkomen: eurocent(f.geschatInkomen),
        ...(Number.isNaN(vorig) ? {} : { vorigDefinitiefInkomen: eurocent(vorig) }),
        opvangUrenOuder: f.uren,
        opvangUrenAanbieder: f.uren,
        partnerVolgensAanvraag: f.partner,
        partnerVolgensRegistratie: f.partner,
        ontbrekendeGegevens: [],
        vermogen: eurocent(f.vermogen),
        vermogensgrens: vermogensgrens(this.wetten[kant]!, f),
        kinderenOnder18: f.onder18,
        kinderenWorden18: f.worden18,
      };
      const kv = kotVoorschot[kant];
      const kd = kotDefinitief[kant];
      const invoerV: UitvalInvoer = {
        ...basis,
        fase: 'voorschot',
        ...(kv ? { kotTabelOnzeker: { bedrag: kv.jaarbedrag, andereLezing: kv.andereLezing } } : {}),
      };
      const invoerD: UitvalInvoer = {
        ...basis,
        fase: 'definitief',
        definitief: perRegeling(this.definitief, kant),
        definitiefInkomen: eurocent(definitiefInkomen),
        ...(kd ? { kotTabelOnzeker: { bedrag: kd.jaarbedrag, andereLezing: kd.andereLezing } } : {}),
      };
      // The rules see nothing but their input: where the reform changes none of it, the cases are
      // the baseline's (most households; the rules are the slow part).
      const codes: number[][] =
        vorige && zelfdeUitkomst(vorige.v, invoerV) && zelfdeUitkomst(vorige.d, invoerD)
          ? vorige.codes
          : [invoerV, invoerD].map((inv) =>
              detecteerUitval(inv, STANDAARD_REGELS).map((v) => CODE_INDEX.get(v.code)!),
            );
      vorige = { v: invoerV, d: invoerD, codes };
      let terug = 0;
      let nabetaling = 0;
      for (let t = 0; t < REGELINGEN.length; t++) {
        const d = uit.toegekend(t, j) - this.definitief.toegekend(t, kant);
        if (d > 0) terug += d;
        else nabetaling -= d;
      }
      telling.voegWerklastToe(kant, codes, terug, nabetaling);
      codesPerKant.push(codes);
      terugPerKant[kant] = terug;
    }
    telling.voegSpreidingToe(codesPerKant[0]!, codesPerKant[1]!, terugPerKant);
  }
}
