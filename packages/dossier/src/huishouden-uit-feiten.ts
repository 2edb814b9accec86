/**
 * @module
 * From dossier facts back to the household input the rules engine reads: for the advance
 * (variant `schatting`: the citizen's income estimate) or the definitive calculation (variant
 * `definitief`: the final income from the tax authority where known, else the estimate, noted as
 * missing). Only facts known at the given moment count (see `bekendOp`).
 */
import type { HuishoudenInvoer } from '@regelmaat/law';
import { bekendOp, type Feit, type FeitWaarden } from './feit';

export type Variant = 'schatting' | 'definitief';

export interface DossierHuishouden {
  invoer: HuishoudenInvoer;
  /** Required facts that are missing (e.g. `inkomen_definitief:123456782`, `persoon:aanvrager`). */
  ontbrekend: string[];
  /** Persons in the order of the input: aanvrager, toeslagpartner, kinderen, medebewoners. */
  bsn: { aanvrager: string; toeslagpartner?: string; kinderen: string[]; medebewoners: string[] };
  /** Provider-reported childcare hours per month (summed over the household), null where none reported. */
  opvangUrenAanbieder: (number | null)[];
  /** Last year's final household income, euros, when known. */
  vorigJaarInkomen?: number;
}

function waarde<S extends keyof FeitWaarden>(f: Feit, _soort: S): FeitWaarden[S] {
  return f.waarde as FeitWaarden[S];
}

const periode = (f: Feit) => ({
  ...(f.geldigVanaf ? { vanaf: f.geldigVanaf } : {}),
  ...(f.geldigTot ? { tot: f.geldigTot } : {}),
});

export function huishoudenUitFeiten(
  alle: readonly Feit[],
  jaar: number,
  moment: string,
  variant: Variant,
): DossierHuishouden {
  const feiten = bekendOp(alle, moment);
  const ontbrekend: string[] = [];
  const perPersoon = new Map<string, Feit[]>();
  for (const f of feiten) {
    if (!f.persoonBsn) continue;
    const lijst = perPersoon.get(f.persoonBsn);
    if (lijst) lijst.push(f);
    else perPersoon.set(f.persoonBsn, [f]);
  }
  // The newest known fact of a kind wins (a correction supersedes).
  const laatste = (
    bsn: string,
    soort: Feit['soort'],
    filter: (f: Feit) => boolean = () => true,
  ): Feit | undefined => {
    let best: Feit | undefined;
    for (const f of perPersoon.get(bsn) ?? []) {
      if (f.soort === soort && filter(f) && (!best || f.geregistreerdOp >= best.geregistreerdOp)) best = f;
    }
    return best;
  };
  const vanJaar = (f: Feit) => (f.waarde as { jaar?: number }).jaar === jaar;

  const inkomen = (bsn: string, verplicht: boolean): number => {
    if (variant === 'definitief') {
      const def = laatste(bsn, 'inkomen_definitief', vanJaar);
      if (def) return waarde(def, 'inkomen_definitief').bedrag;
      if (verplicht) ontbrekend.push(`inkomen_definitief:${bsn}`);
    }
    const sch = laatste(bsn, 'inkomen_schatting', vanJaar);
    if (sch) return waarde(sch, 'inkomen_schatting').bedrag;
    if (verplicht) ontbrekend.push(`inkomen_schatting:${bsn}`);
    return 0;
  };
  const persoonVelden = (bsn: string, geboortedatum: string, verplicht: boolean) => {
    const zv = laatste(bsn, 'zorgverzekering');
    const vb = laatste(bsn, 'verblijf');
    const ar = laatste(bsn, 'arbeid');
    const vm = laatste(bsn, 'vermogen', vanJaar);
    return {
      geboortedatum,
      toetsingsinkomen: inkomen(bsn, verplicht),
      vermogen: vm ? waarde(vm, 'vermogen').bedrag : 0,
      ...(zv
        ? {
            zorgverzekering: waarde(zv, 'zorgverzekering').status,
            woonland: waarde(zv, 'zorgverzekering').woonland,
          }
        : {}),
      ...(vb ? { rechtmatigVerblijf: waarde(vb, 'verblijf').rechtmatig } : {}),
      ...(ar ? { arbeidseis: waarde(ar, 'arbeid').arbeidseis } : {}),
    };
  };

  const personen = feiten.filter((f) => f.soort === 'persoon');
  // Someone born after the year does not count in it (and the input would refuse them).
  const eindeJaar = `${jaar}-12-31`;
  const nogNietGeboren = new Set(
    personen.filter((f) => waarde(f, 'persoon').geboortedatum > eindeJaar).map((f) => f.persoonBsn),
  );
  const vanRol = (rol: string) =>
    personen.filter(
      (f) => waarde(f, 'persoon').rol === rol && waarde(f, 'persoon').geboortedatum <= eindeJaar,
    );
  const aanvragerFeit = vanRol('aanvrager').at(-1);
  if (!aanvragerFeit?.persoonBsn) throw new Error('dossier zonder aanvrager');
  const bsn: DossierHuishouden['bsn'] = {
    aanvrager: aanvragerFeit.persoonBsn,
    kinderen: [],
    medebewoners: [],
  };

  const invoer: HuishoudenInvoer = {
    berekeningsjaar: jaar,
    aanvrager: persoonVelden(aanvragerFeit.persoonBsn, waarde(aanvragerFeit, 'persoon').geboortedatum, true),
  };
  const partnerFeit = vanRol('toeslagpartner').at(-1);
  if (partnerFeit?.persoonBsn) {
    bsn.toeslagpartner = partnerFeit.persoonBsn;
    invoer.toeslagpartner = {
      ...persoonVelden(partnerFeit.persoonBsn, waarde(partnerFeit, 'persoon').geboortedatum, true),
      ...periode(partnerFeit),
    };
  }
  invoer.kinderen = vanRol('kind').map((f) => {
    const p = waarde(f, 'persoon');
    bsn.kinderen.push(f.persoonBsn!);
    const vm = laatste(f.persoonBsn!, 'vermogen', vanJaar);
    return {
      geboortedatum: p.geboortedatum,
      ...(p.kinderbijslag === false ? { kinderbijslag: false } : {}),
      ...(p.thuiswonend === false ? { thuiswonend: false } : {}),
      toetsingsinkomen: inkomen(f.persoonBsn!, false),
      ...(vm ? { vermogen: waarde(vm, 'vermogen').bedrag } : {}),
      ...periode(f),
    };
  });
  invoer.medebewoners = vanRol('medebewoner').map((f) => {
    bsn.medebewoners.push(f.persoonBsn!);
    const vm = laatste(f.persoonBsn!, 'vermogen', vanJaar);
    return {
      geboortedatum: waarde(f, 'persoon').geboortedatum,
      toetsingsinkomen: inkomen(f.persoonBsn!, true),
      ...(vm ? { vermogen: waarde(vm, 'vermogen').bedrag } : {}),
      ...periode(f),
    };
  });
  invoer.huur = feiten
    .filter((f) => f.soort === 'huur')
    .map((f) => ({ ...waarde(f, 'huur'), ...periode(f) }));
  invoer.kinderopvang = feiten
    .filter((f) => f.soort === 'kinderopvang' && !nogNietGeboren.has(f.persoonBsn ?? ''))
    .map((f) => ({
      kind: bsn.kinderen.indexOf(f.persoonBsn ?? ''),
      ...waarde(f, 'kinderopvang'),
      ...periode(f),
    }));

  const opvangUrenAanbieder: (number | null)[] = new Array(12).fill(null);
  for (const f of feiten) {
    if (f.soort !== 'opvanguren_aanbieder' || !vanJaar(f)) continue;
    waarde(f, 'opvanguren_aanbieder').uren.forEach((u, m) => {
      opvangUrenAanbieder[m] = (opvangUrenAanbieder[m] ?? 0) + u;
    });
  }
  const vorig = feiten.find(
    (f) => f.soort === 'vorig_inkomen' && (f.waarde as { jaar: number }).jaar === jaar - 1,
  );
  return {
    invoer,
    ontbrekend,
    bsn,
    opvangUrenAanbieder,
    ...(vorig ? { vorigJaarInkomen: waarde(vorig, 'vorig_inkomen').bedrag } : {}),
  };
}
