/**
 * @module
 * Fast path of `huishoudenUitFeiten` for the batch runs: the same household input, missing facts,
 * BSNs, provider hours and last year's income, from facts that are *already* restricted to those
 * known at the moment (the runs let the database apply the `bekendOp` rule). One pass over the
 * facts collects, per person, the newest known fact of each kind (a correction supersedes; on a tie
 * the later fact wins, as in the general path); no closures are made per household. The property
 * test in huishouden-uit-bekende-feiten.test.ts checks it equals the general path.
 */
import type { HuishoudenInvoer } from '@regelmaat/law';
import type { Feit, FeitWaarden } from './feit';
import type { DossierHuishouden, Variant } from './huishouden-uit-feiten';

/** The newest fact of each kind that matters, for one person. */
interface PersoonStaat {
  zorgverzekering?: Feit;
  verblijf?: Feit;
  arbeid?: Feit;
  /** These three only of the berekeningsjaar. */
  vermogen?: Feit;
  definitief?: Feit;
  schatting?: Feit;
}

const nieuwer = (f: Feit, best: Feit | undefined) => !best || f.geregistreerdOp >= best.geregistreerdOp;
const jaarVan = (f: Feit) => (f.waarde as { jaar?: number }).jaar;

function periodeVan(f: Feit): { vanaf?: string; tot?: string } {
  if (!f.geldigVanaf && !f.geldigTot) return {};
  return {
    ...(f.geldigVanaf ? { vanaf: f.geldigVanaf } : {}),
    ...(f.geldigTot ? { tot: f.geldigTot } : {}),
  };
}

function inkomen(
  s: PersoonStaat | undefined,
  bsn: string,
  verplicht: boolean,
  variant: Variant,
  ontbrekend: string[],
): number {
  if (variant === 'definitief') {
    if (s?.definitief) return (s.definitief.waarde as FeitWaarden['inkomen_definitief']).bedrag;
    if (verplicht) ontbrekend.push(`inkomen_definitief:${bsn}`);
  }
  if (s?.schatting) return (s.schatting.waarde as FeitWaarden['inkomen_schatting']).bedrag;
  if (verplicht) ontbrekend.push(`inkomen_schatting:${bsn}`);
  return 0;
}

function persoonVelden(
  s: PersoonStaat | undefined,
  bsn: string,
  geboortedatum: string,
  variant: Variant,
  ontbrekend: string[],
): HuishoudenInvoer['aanvrager'] {
  const p: HuishoudenInvoer['aanvrager'] = {
    geboortedatum,
    toetsingsinkomen: inkomen(s, bsn, true, variant, ontbrekend),
    vermogen: s?.vermogen ? (s.vermogen.waarde as FeitWaarden['vermogen']).bedrag : 0,
  };
  if (s?.zorgverzekering) {
    const zv = s.zorgverzekering.waarde as FeitWaarden['zorgverzekering'];
    p.zorgverzekering = zv.status;
    p.woonland = zv.woonland;
  }
  if (s?.verblijf) p.rechtmatigVerblijf = (s.verblijf.waarde as FeitWaarden['verblijf']).rechtmatig;
  if (s?.arbeid) p.arbeidseis = (s.arbeid.waarde as FeitWaarden['arbeid']).arbeidseis;
  return p;
}

/** As `huishoudenUitFeiten(feiten, jaar, T, variant)` for facts already known at T. */
export function huishoudenUitBekendeFeiten(
  feiten: readonly Feit[],
  jaar: number,
  variant: Variant,
): DossierHuishouden {
  const staat = new Map<string, PersoonStaat>();
  let aanvragerFeit: Feit | undefined;
  let partnerFeit: Feit | undefined;
  const kindFeiten: Feit[] = [];
  const medebewonerFeiten: Feit[] = [];
  const huurFeiten: Feit[] = [];
  const opvangFeiten: Feit[] = [];
  const opvangUrenAanbieder: (number | null)[] = [
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ];
  let vorig: Feit | undefined;
  for (const f of feiten) {
    switch (f.soort) {
      case 'persoon': {
        const rol = (f.waarde as FeitWaarden['persoon']).rol;
        if (rol === 'aanvrager') aanvragerFeit = f;
        else if (rol === 'toeslagpartner') partnerFeit = f;
        else if (rol === 'kind') kindFeiten.push(f);
        else if (rol === 'medebewoner') medebewonerFeiten.push(f);
        continue;
      }
      case 'huur':
        huurFeiten.push(f);
        continue;
      case 'kinderopvang':
        opvangFeiten.push(f);
        break;
      case 'opvanguren_aanbieder':
        if (jaarVan(f) === jaar) {
          const uren = (f.waarde as FeitWaarden['opvanguren_aanbieder']).uren;
          for (let m = 0; m < uren.length; m++)
            opvangUrenAanbieder[m] = (opvangUrenAanbieder[m] ?? 0) + uren[m]!;
        }
        break;
      case 'vorig_inkomen':
        if (!vorig && jaarVan(f) === jaar - 1) vorig = f;
        break;
    }
    if (!f.persoonBsn) continue;
    let s = staat.get(f.persoonBsn);
    if (!s) {
      s = {};
      staat.set(f.persoonBsn, s);
    }
    switch (f.soort) {
      case 'zorgverzekering':
        if (nieuwer(f, s.zorgverzekering)) s.zorgverzekering = f;
        break;
      case 'verblijf':
        if (nieuwer(f, s.verblijf)) s.verblijf = f;
        break;
      case 'arbeid':
        if (nieuwer(f, s.arbeid)) s.arbeid = f;
        break;
      case 'vermogen':
        if (jaarVan(f) === jaar && nieuwer(f, s.vermogen)) s.vermogen = f;
        break;
      case 'inkomen_definitief':
        if (jaarVan(f) === jaar && nieuwer(f, s.definitief)) s.definitief = f;
        break;
      case 'inkomen_schatting':
        if (jaarVan(f) === jaar && nieuwer(f, s.schatting)) s.schatting = f;
        break;
    }
  }
  if (!aanvragerFeit?.persoonBsn) throw new Error('dossier zonder aanvrager');
  const ontbrekend: string[] = [];
  const a = aanvragerFeit.persoonBsn;
  const bsn: DossierHuishouden['bsn'] = { aanvrager: a, kinderen: [], medebewoners: [] };
  const geboorte = (f: Feit) => (f.waarde as FeitWaarden['persoon']).geboortedatum;
  const invoer: HuishoudenInvoer = {
    berekeningsjaar: jaar,
    aanvrager: persoonVelden(staat.get(a), a, geboorte(aanvragerFeit), variant, ontbrekend),
  };
  if (partnerFeit?.persoonBsn) {
    const p = partnerFeit.persoonBsn;
    bsn.toeslagpartner = p;
    invoer.toeslagpartner = {
      ...persoonVelden(staat.get(p), p, geboorte(partnerFeit), variant, ontbrekend),
      ...periodeVan(partnerFeit),
    };
  }
  // Someone born after the year does not count in it (and the input would refuse them).
  const eindeJaar = `${jaar}-12-31`;
  const nogNietGeboren = new Set<string>();
  invoer.kinderen = [];
  for (const f of kindFeiten) {
    const p = f.waarde as FeitWaarden['persoon'];
    if (p.geboortedatum > eindeJaar) {
      nogNietGeboren.add(f.persoonBsn!);
      continue;
    }
    const k = f.persoonBsn!;
    bsn.kinderen.push(k);
    const s = staat.get(k);
    invoer.kinderen.push({
      geboortedatum: p.geboortedatum,
      ...(p.kinderbijslag === false ? { kinderbijslag: false } : {}),
      ...(p.thuiswonend === false ? { thuiswonend: false } : {}),
      toetsingsinkomen: inkomen(s, k, false, variant, ontbrekend),
      ...(s?.vermogen ? { vermogen: (s.vermogen.waarde as FeitWaarden['vermogen']).bedrag } : {}),
      ...periodeVan(f),
    });
  }
  invoer.medebewoners = [];
  for (const f of medebewonerFeiten) {
    if (geboorte(f) > eindeJaar) continue;
    const m = f.persoonBsn!;
    bsn.medebewoners.push(m);
    const s = staat.get(m);
    invoer.medebewoners.push({
      geboortedatum: geboorte(f),
      toetsingsinkomen: inkomen(s, m, true, variant, ontbrekend),
      ...(s?.vermogen ? { vermogen: (s.vermogen.waarde as FeitWaarden['vermogen']).bedrag } : {}),
      ...periodeVan(f),
    });
  }
  invoer.huur = [];
  for (const f of huurFeiten) invoer.huur.push({ ...(f.waarde as FeitWaarden['huur']), ...periodeVan(f) });
  invoer.kinderopvang = [];
  for (const f of opvangFeiten) {
    if (nogNietGeboren.has(f.persoonBsn ?? '')) continue;
    invoer.kinderopvang.push({
      kind: bsn.kinderen.indexOf(f.persoonBsn ?? ''),
      ...(f.waarde as FeitWaarden['kinderopvang']),
      ...periodeVan(f),
    });
  }
  return {
    invoer,
    ontbrekend,
    bsn,
    opvangUrenAanbieder,
    ...(vorig ? { vorigJaarInkomen: (vorig.waarde as FeitWaarden['vorig_inkomen']).bedrag } : {}),
  };
}
