/**
 * @module
 * Dossier facts (C2) in plain Dutch for case workers: what the fact says ("Geschat inkomen 2026:
 * € 12.000", "Huur: € 500 kale huur, € 0 servicekosten"), whom it is about, its source (BRP,
 * burger, Belastingdienst, aanbieder …) and for which period it applies ("vanaf 1 juli 2026").
 * Money in facts is in euros (as in the household input, docs/invoer.md); it is shown as the
 * pages show all money. A fact of an unknown kind is shown with its raw value, never hidden.
 */

import type { DossierOverzicht } from '@regelmaat/diensten';
import { datum, euro, uren } from '../opmaak';
import { rolNaam } from './weergave';

/** A dossier fact as the services give it (the shape of @regelmaat/dossier's `Feit`). */
export type Feit = Omit<DossierOverzicht['feiten'][number], 'id'>;

/** A stored amount (eurocents: facts hold money in cents since migration 025) as `€ 12.000` / `€ 640,50`. */
const euros = (bedrag: number) => euro(bedrag);

export const BRON_NAAM: Readonly<Record<string, string>> = {
  burger: 'Burger',
  brp: 'BRP',
  belastingdienst: 'Belastingdienst',
  aanbieder: 'Kinderopvangaanbieder',
  verhuurder: 'Verhuurder',
  zorgverzekeraar: 'Zorgverzekeraar',
  behandelaar: 'Behandelaar',
};

const OPVANG_NAAM: Readonly<Record<string, string>> = {
  dagopvang: 'dagopvang',
  'buitenschoolse-opvang': 'buitenschoolse opvang',
  gastouderopvang: 'gastouderopvang',
};

const ZORG_NAAM: Readonly<Record<string, string>> = {
  verzekerd: 'verzekerd',
  verdragsgerechtigd: 'verdragsgerechtigd',
  geen: 'niet verzekerd',
};

/** What a fact says: a label and a value, both in plain Dutch. */
export function feitTekst(f: Feit): { label: string; waarde: string } {
  const w = f.waarde as Record<string, unknown>;
  switch (f.soort) {
    case 'persoon': {
      const p = f.waarde as {
        rol: string;
        geboortedatum: string;
        kinderbijslag?: boolean;
        thuiswonend?: boolean;
      };
      const extra = [
        p.kinderbijslag === false ? 'geen kinderbijslag' : '',
        p.thuiswonend === false ? 'woont niet thuis' : '',
      ].filter(Boolean);
      return {
        label: 'Persoon',
        waarde: [`${rolNaam(p.rol).toLowerCase()}, geboren ${datum(p.geboortedatum)}`, ...extra].join(', '),
      };
    }
    case 'inkomen_schatting':
      return { label: `Geschat inkomen ${w.jaar}`, waarde: euros(w.bedrag as number) };
    case 'inkomen_definitief':
      return { label: `Definitief inkomen ${w.jaar}`, waarde: euros(w.bedrag as number) };
    case 'vorig_inkomen':
      return { label: `Inkomen ${w.jaar} (vorig jaar)`, waarde: euros(w.bedrag as number) };
    case 'vermogen':
      return { label: `Vermogen op 1 januari ${w.jaar}`, waarde: euros(w.bedrag as number) };
    case 'huur': {
      const h = f.waarde as { kaleHuur: number; servicekosten: number; zelfstandig: boolean };
      return {
        label: 'Huur',
        waarde: `${euros(h.kaleHuur)} kale huur, ${euros(h.servicekosten)} servicekosten${h.zelfstandig ? '' : ', onzelfstandige woonruimte'}`,
      };
    }
    case 'adres':
      return { label: 'Woonplaats', waarde: String(w.woonplaats) };
    case 'zorgverzekering': {
      const z = f.waarde as { status: string; woonland?: string };
      return {
        label: 'Zorgverzekering',
        waarde: `${ZORG_NAAM[z.status] ?? z.status}${z.woonland && z.woonland !== 'NL' ? `, woonland ${z.woonland}` : ''}`,
      };
    }
    case 'verblijf':
      return { label: 'Verblijf', waarde: w.rechtmatig ? 'rechtmatig' : 'niet rechtmatig' };
    case 'arbeid':
      return { label: 'Arbeidseis', waarde: w.arbeidseis ? 'voldoet' : 'voldoet niet' };
    case 'kinderopvang': {
      const k = f.waarde as { soort: string; urenPerMaand: number; uurprijs: number; geregistreerd: boolean };
      return {
        label: 'Kinderopvang',
        waarde: `${OPVANG_NAAM[k.soort] ?? k.soort}, ${uren(k.urenPerMaand)} per maand, ${euros(k.uurprijs)} per uur${k.geregistreerd ? '' : ', niet geregistreerd (LRK)'}`,
      };
    }
    case 'opvanguren_aanbieder': {
      const o = f.waarde as { jaar: number; soort: string; uren: number[] };
      const maanden = o.uren.filter((u) => u > 0).length;
      const totaal = o.uren.reduce((s, u) => s + u, 0);
      return {
        label: `Opvanguren ${o.jaar} volgens de aanbieder`,
        waarde: `${OPVANG_NAAM[o.soort] ?? o.soort}, ${uren(totaal)} in ${maanden} ${maanden === 1 ? 'maand' : 'maanden'}`,
      };
    }
    default:
      return { label: String(f.soort), waarde: JSON.stringify(f.waarde) };
  }
}

/** For which period a fact applies: "vanaf 1 juli 2026", "tot 1 juli 2026", "hele jaar". */
export function geldigheid(f: Pick<Feit, 'geldigVanaf' | 'geldigTot'>): string {
  if (f.geldigVanaf && f.geldigTot) return `van ${datum(f.geldigVanaf)} tot ${datum(f.geldigTot)}`;
  if (f.geldigVanaf) return `vanaf ${datum(f.geldigVanaf)}`;
  if (f.geldigTot) return `tot ${datum(f.geldigTot)}`;
  return 'hele periode';
}

export const bronNaam = (bron: string): string => BRON_NAAM[bron] ?? bron;

/**
 * Whom a fact is about, by role and birth date (no BSN in every row): "Aanvrager",
 * "Kind (geboren 3 mei 2019)". `personen` are the dossier's current persons.
 */
export function persoonVan(
  bsn: string | undefined,
  personen: readonly { bsn: string; rol: string; geboortedatum: string }[],
): string {
  if (!bsn) return 'Huishouden';
  const p = personen.find((x) => x.bsn === bsn);
  if (!p) return `BSN ${bsn}`;
  return p.rol === 'kind' || p.rol === 'medebewoner'
    ? `${rolNaam(p.rol)} (geboren ${datum(p.geboortedatum)})`
    : rolNaam(p.rol);
}
