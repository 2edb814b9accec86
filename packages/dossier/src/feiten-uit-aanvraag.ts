/**
 * @module
 * From a household as a citizen (or the generator) describes it, to dossier facts: who lives there
 * (BRP), the income estimate and assets (the citizen), rent (the citizen or landlord), childcare
 * contracts (the citizen) and the hours the provider reports, and later the final income (the
 * tax authority). The input's euros become the facts' eurocents here, once (`eurosToCents`; the
 * input schema already refused a third decimal).
 */
import { eurosToCents } from '@regelmaat/kernel';
import type { HuishoudenInvoer } from '@regelmaat/law';
import type { Bron, Feit } from './feit';

export interface Personen {
  aanvrager: string;
  toeslagpartner?: string;
  kinderen: readonly string[];
  medebewoners: readonly string[];
}

type PersoonInvoer = HuishoudenInvoer['aanvrager'];

const periode = (p: { vanaf?: string | undefined; tot?: string | undefined }) => ({
  ...(p.vanaf ? { geldigVanaf: p.vanaf } : {}),
  ...(p.tot ? { geldigTot: p.tot } : {}),
});

/** Facts of a household application. `op` is when they were recorded (ISO timestamp). */
export function feitenUitAanvraag(h: HuishoudenInvoer, bsn: Personen, op: string): Feit[] {
  const jaar = h.berekeningsjaar;
  const uit: Feit[] = [];
  const voeg = (f: Omit<Feit, 'geregistreerdOp'>) => uit.push({ ...f, geregistreerdOp: op } as Feit);

  /** The citizen's income estimate (every adult; a child only with income) and assets of one person. */
  const geldzaken = (persoonBsn: string, inkomen: number, vermogen: number | undefined, altijd: boolean) => {
    if (altijd || inkomen) {
      voeg({
        soort: 'inkomen_schatting',
        persoonBsn,
        waarde: { jaar, bedrag: eurosToCents(inkomen) },
        bron: 'burger',
      });
    }
    if (vermogen)
      voeg({
        soort: 'vermogen',
        persoonBsn,
        waarde: { jaar, bedrag: eurosToCents(vermogen) },
        bron: 'burger',
      });
  };

  const persoon = (
    p: PersoonInvoer,
    persoonBsn: string,
    rol: 'aanvrager' | 'toeslagpartner',
    extra: object,
  ) => {
    voeg({
      soort: 'persoon',
      persoonBsn,
      waarde: { rol, geboortedatum: p.geboortedatum },
      bron: 'brp',
      ...extra,
    });
    geldzaken(persoonBsn, p.toetsingsinkomen, p.vermogen, true);
    if (p.zorgverzekering && p.zorgverzekering !== 'verzekerd') {
      voeg({
        soort: 'zorgverzekering',
        persoonBsn,
        waarde: { status: p.zorgverzekering, woonland: p.woonland ?? 'NL' },
        bron: 'zorgverzekeraar',
      });
    }
    if (p.rechtmatigVerblijf === false)
      voeg({ soort: 'verblijf', persoonBsn, waarde: { rechtmatig: false }, bron: 'brp' });
    if (p.arbeidseis === false)
      voeg({ soort: 'arbeid', persoonBsn, waarde: { arbeidseis: false }, bron: 'burger' });
  };

  persoon(h.aanvrager, bsn.aanvrager, 'aanvrager', {});
  if (h.toeslagpartner) {
    if (!bsn.toeslagpartner) throw new Error('toeslagpartner zonder BSN');
    persoon(h.toeslagpartner, bsn.toeslagpartner, 'toeslagpartner', periode(h.toeslagpartner));
  }
  (h.kinderen ?? []).forEach((k, i) => {
    const kindBsn = bsn.kinderen[i];
    if (!kindBsn) throw new Error(`kind ${i} zonder BSN`);
    voeg({
      soort: 'persoon',
      persoonBsn: kindBsn,
      waarde: {
        rol: 'kind',
        geboortedatum: k.geboortedatum,
        ...(k.kinderbijslag === false ? { kinderbijslag: false } : {}),
        ...(k.thuiswonend === false ? { thuiswonend: false } : {}),
      },
      bron: 'brp',
      ...periode(k),
    });
    geldzaken(kindBsn, k.toetsingsinkomen ?? 0, k.vermogen, false);
  });
  (h.medebewoners ?? []).forEach((m, i) => {
    const mbBsn = bsn.medebewoners[i];
    if (!mbBsn) throw new Error(`medebewoner ${i} zonder BSN`);
    voeg({
      soort: 'persoon',
      persoonBsn: mbBsn,
      waarde: { rol: 'medebewoner', geboortedatum: m.geboortedatum },
      bron: 'brp',
      ...periode(m),
    });
    geldzaken(mbBsn, m.toetsingsinkomen, m.vermogen, true);
  });
  for (const r of h.huur ?? []) {
    voeg({
      soort: 'huur',
      waarde: {
        kaleHuur: eurosToCents(r.kaleHuur),
        servicekosten: eurosToCents(r.servicekosten ?? 0),
        zelfstandig: r.zelfstandig ?? true,
      },
      bron: 'burger',
      ...periode(r),
    });
  }
  for (const o of h.kinderopvang ?? []) {
    const kindBsn = bsn.kinderen[o.kind];
    if (!kindBsn) throw new Error(`kinderopvang voor onbekend kind ${o.kind}`);
    voeg({
      soort: 'kinderopvang',
      persoonBsn: kindBsn,
      waarde: {
        soort: o.soort,
        urenPerMaand: o.urenPerMaand,
        uurprijs: eurosToCents(o.uurprijs),
        geregistreerd: o.geregistreerd ?? true,
      },
      bron: 'burger',
      ...periode(o),
    });
  }
  return uit;
}

/** A fact from another source, recorded at `op` (e.g. the final income from the tax authority). */
export function feit<S extends Feit['soort']>(
  soort: S,
  waarde: Feit<S>['waarde'],
  bron: Bron,
  op: string,
  persoonBsn?: string,
): Feit<S> {
  return { soort, waarde, bron, geregistreerdOp: op, ...(persoonBsn ? { persoonBsn } : {}) } as Feit<S>;
}
