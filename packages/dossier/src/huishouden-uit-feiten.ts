/**
 * @module
 * From dossier facts to the engine's `Situatie`, directly: for the advance (variant `schatting`:
 * the citizen's income estimate) or the definitive calculation (variant `definitief`: the final
 * income from the tax authority where known, else the estimate, noted as missing). Only facts
 * known at the given moment count (`bekendOp`); a batch run, whose database read already kept only
 * those, leaves the moment out.
 *
 * The same pass writes the household in the input format (docs/invoer.md) beside it: the input
 * snapshot that is hashed into every decision and shown to people. The engine never reads that
 * snapshot, and stored facts never go through the input's zod schema: the rules of the input that
 * facts can break are checked on the typed values (`Invoerregels`), and a dossier that breaks one
 * has no situation but its problems, each named by the field of the input.
 *
 * Month masks follow Awir art. 5 lid 1 (a fact counts in a month when it is in force on its first
 * day) and, for childcare, every month a contract overlaps (Besluit kinderopvangtoeslag art. 2), a
 * month covered in part counting the hours of its days — the rules of @regelmaat/law's `maanden`.
 */

import { centsToEuros, type Eurocent, eurocent } from '@regelmaat/kernel';
import {
  GEEN,
  type HuishoudenInvoer,
  type HuurFeiten,
  INVOER_GRENZEN,
  type InputProblem,
  type KindFeiten,
  type MedebewonerFeiten,
  maandenMetOverlap,
  maandenOpEersteDag,
  OPVANG_SOORTEN,
  type OpvangFeiten,
  type OpvangSoort,
  opvangCentiurenPerMaand,
  type PersoonFeiten,
  type Situatie,
  VERDRAGSGERECHTIGD,
  VERZEKERD,
  vanafGeboorte,
} from '@regelmaat/law';
import { type BekendeStaat, leesBekendeStaat, type PersoonStaat } from './bekende-staat';
import { bekendOp, type Feit, type FeitWaarden } from './feit';
import { Invoerregels } from './invoerregels';

export type Variant = 'schatting' | 'definitief';

/** Which view of the dossier: the year, the variant, and (unless already applied) the moment. */
export interface DossierVraag {
  jaar: number;
  variant: Variant;
  /**
   * Only facts recorded by and not withdrawn at this moment (ISO timestamp) count. Absent: the
   * facts given are already those known (a batch run lets the database apply this rule).
   */
  bekendOp?: string;
}

export interface DossierHuishouden {
  /** The engine's situation; null when a fact breaks a rule of the input (see `problemen`). */
  situatie: Situatie | null;
  /** Why there is no situation: each problem with the input's field path and a Dutch message. */
  problemen: InputProblem[];
  /**
   * The household in the input format as the dossier knows it: the input snapshot, hashed into a
   * decision (`snapshotHash`) and shown to people. Money in euros, as the input format has it
   * (the facts hold eurocents; `centsToEuros` gives the same number the input would have held).
   */
  invoer: HuishoudenInvoer;
  /** Required facts that are missing (e.g. `inkomen_definitief:123456782`). */
  ontbrekend: string[];
  /** Persons in the order of the input: aanvrager, toeslagpartner, kinderen, medebewoners. */
  bsn: { aanvrager: string; toeslagpartner?: string; kinderen: string[]; medebewoners: string[] };
  /** Provider-reported childcare hours per month (summed over the household), null where none reported. */
  opvangUrenAanbieder: (number | null)[];
  /** Last year's final household income, eurocents, when known. */
  vorigJaarInkomen?: Eurocent;
  /**
   * The estimated toetsingsinkomen (eurocents) of the applicant and the toeslagpartner, whatever the
   * variant: the advance's income, which the exception rules compare with the definitive one.
   */
  geschatInkomen: { aanvrager: Eurocent; toeslagpartner?: Eurocent };
}

type PersoonInvoer = HuishoudenInvoer['aanvrager'];
const ZORGVERZEKERING = ['verzekerd', 'verdragsgerechtigd', 'geen'] as const;
const VERZEKERING = [VERZEKERD, VERDRAGSGERECHTIGD, GEEN] as const;

function periodeVan(f: Feit): { vanaf?: string; tot?: string } {
  if (!f.geldigVanaf && !f.geldigTot) return {};
  return {
    ...(f.geldigVanaf ? { vanaf: f.geldigVanaf } : {}),
    ...(f.geldigTot ? { tot: f.geldigTot } : {}),
  };
}

const geboorteVan = (f: Feit) => (f.waarde as FeitWaarden['persoon']).geboortedatum;
const schattingVan = (s: PersoonStaat | undefined): Eurocent =>
  s?.schatting ? (s.schatting.waarde as FeitWaarden['inkomen_schatting']).bedrag : eurocent(0);
const vermogenVan = (s: PersoonStaat | undefined): Eurocent | undefined =>
  s?.vermogen ? (s.vermogen.waarde as FeitWaarden['vermogen']).bedrag : undefined;
/**
 * A stored amount (eurocents) in the snapshot's euros; a value that is no number is kept as it is,
 * so the snapshot shows what the fact holds (the input rules name the problem).
 */
const euroIn = (v: Eurocent): number => (typeof v === 'number' ? centsToEuros(v) : v);

/** Builds the situation and the snapshot of one household; one instance per household. */
class Bouwer {
  readonly regels = new Invoerregels();
  readonly ontbrekend: string[] = [];
  private readonly eindeJaar: string;

  constructor(
    private readonly staat: BekendeStaat,
    private readonly jaar: number,
    private readonly variant: Variant,
  ) {
    this.eindeJaar = `${jaar}-12-31`;
  }

  /** The toetsingsinkomen of the variant (eurocents); a missing required one is noted. */
  inkomen(s: PersoonStaat | undefined, bsn: string, verplicht: boolean): Eurocent {
    if (this.variant === 'definitief') {
      if (s?.definitief) return (s.definitief.waarde as FeitWaarden['inkomen_definitief']).bedrag;
      if (verplicht) this.ontbrekend.push(`inkomen_definitief:${bsn}`);
    }
    if (s?.schatting) return (s.schatting.waarde as FeitWaarden['inkomen_schatting']).bedrag;
    if (verplicht) this.ontbrekend.push(`inkomen_schatting:${bsn}`);
    return eurocent(0);
  }

  /** Nobody counts in a year before they are born (the input refuses it for these roles). */
  geborenInJaar(pad: string, geboortedatum: string): void {
    if (geboortedatum > this.eindeJaar)
      this.regels.fout(
        `${pad}.geboortedatum`,
        `ligt na het berekeningsjaar ${this.jaar}: wie in ${this.jaar} nog niet geboren is, telt dat jaar niet mee`,
        'na-berekeningsjaar',
      );
  }

  /** The applicant or partner: the snapshot's fields and the engine's person. */
  persoon(pad: string, f: Feit): { invoer: PersoonInvoer; feiten: PersoonFeiten } {
    const bsn = f.persoonBsn!;
    const s = this.staat.perPersoon.get(bsn);
    const geboortedatum = geboorteVan(f);
    this.geborenInJaar(pad, geboortedatum);
    const inkomen = this.inkomen(s, bsn, true);
    const vermogen = vermogenVan(s) ?? eurocent(0);
    const invoer: PersoonInvoer = {
      geboortedatum,
      toetsingsinkomen: euroIn(inkomen),
      vermogen: euroIn(vermogen),
    };
    let verzekering: PersoonFeiten['verzekering'] = VERZEKERD;
    let woonland = 'NL';
    if (s?.zorgverzekering) {
      const zv = s.zorgverzekering.waarde as FeitWaarden['zorgverzekering'];
      invoer.zorgverzekering = zv.status;
      invoer.woonland = zv.woonland;
      verzekering = VERZEKERING[this.regels.keuze(`${pad}.zorgverzekering`, zv.status, ZORGVERZEKERING)]!;
      woonland = this.regels.landcode(`${pad}.woonland`, zv.woonland);
    }
    if (s?.verblijf) invoer.rechtmatigVerblijf = (s.verblijf.waarde as FeitWaarden['verblijf']).rechtmatig;
    if (s?.arbeid) invoer.arbeidseis = (s.arbeid.waarde as FeitWaarden['arbeid']).arbeidseis;
    return {
      invoer,
      feiten: {
        geboorte: this.regels.datum(`${pad}.geboortedatum`, geboortedatum),
        inkomen: this.regels.bedrag(`${pad}.toetsingsinkomen`, inkomen, -INVOER_GRENZEN.maxBedrag),
        vermogen: this.regels.bedrag(`${pad}.vermogen`, vermogen, 0),
        verzekering,
        woonland,
        rechtmatigVerblijf: invoer.rechtmatigVerblijf ?? true,
        arbeidseis: invoer.arbeidseis ?? true,
      },
    };
  }
}

/** The household as the dossier knows it for `vraag`: the engine's situation and the input snapshot. */
export function huishoudenUitFeiten(alle: readonly Feit[], vraag: DossierVraag): DossierHuishouden {
  const { jaar, variant } = vraag;
  const feiten = vraag.bekendOp === undefined ? alle : bekendOp(alle, vraag.bekendOp);
  const staat = leesBekendeStaat(feiten, jaar);
  const aanvragerFeit = staat.aanvrager;
  if (!aanvragerFeit?.persoonBsn) throw new Error('dossier zonder aanvrager');
  const b = new Bouwer(staat, jaar, variant);
  const regels = b.regels;
  regels.jaar(jaar);
  const eindeJaar = `${jaar}-12-31`;

  const a = aanvragerFeit.persoonBsn;
  const bsn: DossierHuishouden['bsn'] = { aanvrager: a, kinderen: [], medebewoners: [] };
  const aanvrager = b.persoon('aanvrager', aanvragerFeit);
  const invoer: HuishoudenInvoer = { berekeningsjaar: jaar, aanvrager: aanvrager.invoer };
  const geschatInkomen: DossierHuishouden['geschatInkomen'] = {
    aanvrager: schattingVan(staat.perPersoon.get(a)),
  };
  let partner: PersoonFeiten | null = null;
  let partnerMaanden = 0;
  const partnerFeit = staat.partner;
  if (partnerFeit?.persoonBsn) {
    const p = partnerFeit.persoonBsn;
    bsn.toeslagpartner = p;
    const periode = periodeVan(partnerFeit);
    const gelezen = b.persoon('toeslagpartner', partnerFeit);
    invoer.toeslagpartner = { ...gelezen.invoer, ...periode };
    geschatInkomen.toeslagpartner = schattingVan(staat.perPersoon.get(p));
    partner = gelezen.feiten;
    regels.periode('toeslagpartner', periode.vanaf, periode.tot);
    partnerMaanden = maandenOpEersteDag(jaar, periode.vanaf, periode.tot);
  }

  // Someone born after the year does not count in it (and the input would refuse them).
  const nogNietGeboren = new Set<string>();
  invoer.kinderen = [];
  const kinderen: KindFeiten[] = [];
  for (const f of staat.kinderen) {
    const p = f.waarde as FeitWaarden['persoon'];
    if (p.geboortedatum > eindeJaar) {
      nogNietGeboren.add(f.persoonBsn!);
      continue;
    }
    const k = f.persoonBsn!;
    const pad = `kinderen[${kinderen.length}]`;
    bsn.kinderen.push(k);
    const s = staat.perPersoon.get(k);
    const periode = periodeVan(f);
    const inkomen = b.inkomen(s, k, false);
    const vermogen = vermogenVan(s);
    invoer.kinderen.push({
      geboortedatum: p.geboortedatum,
      ...(p.kinderbijslag === false ? { kinderbijslag: false } : {}),
      ...(p.thuiswonend === false ? { thuiswonend: false } : {}),
      toetsingsinkomen: euroIn(inkomen),
      ...(vermogen !== undefined ? { vermogen: euroIn(vermogen) } : {}),
      ...periode,
    });
    regels.periode(pad, periode.vanaf, periode.tot);
    kinderen.push({
      geboorte: regels.datum(`${pad}.geboortedatum`, p.geboortedatum),
      kinderbijslag: p.kinderbijslag !== false,
      thuiswonend: p.thuiswonend !== false,
      inkomen: regels.bedrag(`${pad}.toetsingsinkomen`, inkomen, -INVOER_GRENZEN.maxBedrag),
      vermogen: regels.bedrag(`${pad}.vermogen`, vermogen ?? eurocent(0), 0),
      maanden: maandenOpEersteDag(jaar, vanafGeboorte(p.geboortedatum, periode.vanaf), periode.tot),
    });
  }
  regels.lengte('kinderen', kinderen.length, INVOER_GRENZEN.kinderen, 'kinderen');

  invoer.medebewoners = [];
  const medebewoners: MedebewonerFeiten[] = [];
  for (const f of staat.medebewoners) {
    const geboortedatum = geboorteVan(f);
    if (geboortedatum > eindeJaar) continue;
    const m = f.persoonBsn!;
    const pad = `medebewoners[${medebewoners.length}]`;
    bsn.medebewoners.push(m);
    const s = staat.perPersoon.get(m);
    const periode = periodeVan(f);
    const inkomen = b.inkomen(s, m, true);
    const vermogen = vermogenVan(s);
    invoer.medebewoners.push({
      geboortedatum,
      toetsingsinkomen: euroIn(inkomen),
      ...(vermogen !== undefined ? { vermogen: euroIn(vermogen) } : {}),
      ...periode,
    });
    regels.periode(pad, periode.vanaf, periode.tot);
    medebewoners.push({
      geboorte: regels.datum(`${pad}.geboortedatum`, geboortedatum),
      inkomen: regels.bedrag(`${pad}.toetsingsinkomen`, inkomen, -INVOER_GRENZEN.maxBedrag),
      vermogen: regels.bedrag(`${pad}.vermogen`, vermogen ?? eurocent(0), 0),
      maanden: maandenOpEersteDag(jaar, vanafGeboorte(geboortedatum, periode.vanaf), periode.tot),
    });
  }
  regels.lengte('medebewoners', medebewoners.length, INVOER_GRENZEN.medebewoners, 'medebewoners');

  invoer.huur = [];
  const huur: HuurFeiten[] = [];
  for (const f of staat.huur) {
    const w = f.waarde as FeitWaarden['huur'];
    const periode = periodeVan(f);
    const pad = `huur[${huur.length}]`;
    invoer.huur.push({
      ...w,
      kaleHuur: euroIn(w.kaleHuur),
      ...(w.servicekosten !== undefined ? { servicekosten: euroIn(w.servicekosten) } : {}),
      ...periode,
    });
    regels.periode(pad, periode.vanaf, periode.tot);
    huur.push({
      kaleHuur: regels.bedrag(`${pad}.kaleHuur`, w.kaleHuur, 0),
      servicekosten: regels.bedrag(`${pad}.servicekosten`, w.servicekosten ?? eurocent(0), 0),
      zelfstandig: w.zelfstandig !== false,
      maanden: maandenOpEersteDag(jaar, periode.vanaf, periode.tot),
    });
  }
  regels.lengte('huur', huur.length, INVOER_GRENZEN.huur, 'huurperioden');
  if (invoer.huur.length > 1) geenOverlap(invoer.huur, regels);

  invoer.kinderopvang = [];
  const opvang: OpvangFeiten[] = [];
  for (const f of staat.kinderopvang) {
    if (nogNietGeboren.has(f.persoonBsn ?? '')) continue;
    const w = f.waarde as FeitWaarden['kinderopvang'];
    const periode = periodeVan(f);
    const kind = bsn.kinderen.indexOf(f.persoonBsn ?? '');
    const pad = `kinderopvang[${opvang.length}]`;
    invoer.kinderopvang.push({ kind, ...w, uurprijs: euroIn(w.uurprijs), ...periode });
    if (kind < 0) regels.fout(`${pad}.kind`, 'hoort bij geen kind van het huishouden', 'ongeldig');
    regels.periode(pad, periode.vanaf, periode.tot);
    const centiuren = regels.uren(`${pad}.urenPerMaand`, w.urenPerMaand);
    const perMaand = opvangCentiurenPerMaand(jaar, centiuren, periode.vanaf, periode.tot);
    opvang.push({
      kind,
      soort: regels.keuze(`${pad}.soort`, w.soort, OPVANG_SOORTEN) as OpvangSoort,
      centiuren,
      ...(perMaand ? { centiurenPerMaand: perMaand } : {}),
      uurprijs: regels.bedrag(`${pad}.uurprijs`, w.uurprijs, 0),
      geregistreerd: w.geregistreerd !== false,
      maanden: maandenMetOverlap(jaar, periode.vanaf, periode.tot),
    });
  }
  regels.lengte('kinderopvang', opvang.length, INVOER_GRENZEN.kinderopvang, 'opvangcontracten');

  const problemen = regels.problemen;
  return {
    situatie:
      problemen.length === 0
        ? {
            jaar,
            aanvrager: aanvrager.feiten,
            partner,
            partnerMaanden,
            kinderen,
            medebewoners,
            huur,
            opvang,
          }
        : null,
    problemen,
    invoer,
    ontbrekend: b.ontbrekend,
    bsn,
    opvangUrenAanbieder: staat.opvangUrenAanbieder,
    ...(staat.vorigJaarInkomen !== undefined ? { vorigJaarInkomen: staat.vorigJaarInkomen } : {}),
    geschatInkomen,
  };
}

/** One rented home at a time (the input's overlap rule). */
function geenOverlap(huur: readonly { vanaf?: string; tot?: string }[], regels: Invoerregels): void {
  const gesorteerd = huur
    .map((p, i) => ({ i, vanaf: p.vanaf ?? '0000-01-01', tot: p.tot ?? '9999-12-31' }))
    .sort((a, b) => (a.vanaf < b.vanaf ? -1 : 1));
  for (let j = 1; j < gesorteerd.length; j++) {
    if (gesorteerd[j]!.vanaf < gesorteerd[j - 1]!.tot)
      regels.fout(
        `huur[${gesorteerd[j]!.i}].vanaf`,
        `overlapt met huur ${gesorteerd[j - 1]!.i}: er kan maar één huurwoning tegelijk zijn`,
        'ongeldig',
      );
  }
}
