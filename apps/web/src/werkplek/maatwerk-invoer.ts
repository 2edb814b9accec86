/**
 * @module
 * Reading the maatwerk form (C6): amounts typed in euros (Dutch notation) become eurocents, the
 * legal ground must be one of GRONDSLAGEN, the weighing and the three questions must be answered,
 * and the level chosen. Every problem is named with its field; the service checks it all again.
 * The standard outcome is not a field: the server computes it and the form only shows it, so a
 * forged `standaard` field in a POST is never read.
 */
import type { MaatwerkVraag } from '@regelmaat/diensten';
import { isRegelingId } from '@regelmaat/law';
import { GRONDSLAGEN, NIVEAUS, type Niveau, type Regeling } from '@regelmaat/zaken';
import type { VeldFout } from '../components/Foutensamenvatting';
import { leesBedrag } from '../proefberekening/getallen';

export const MAATWERK_VELDEN = [
  'regeling',
  'jaar',
  'afwijking',
  'grondslag',
  'afweging',
  'rechtvaardig',
  'samen',
  'aanspreekbaar',
  'niveau',
] as const;

export function maatwerkVelden(body: unknown): Record<string, string> {
  const b = (body ?? {}) as Record<string, unknown>;
  const uit: Record<string, string> = {};
  for (const v of MAATWERK_VELDEN) {
    const x = b[v];
    uit[v] = typeof x === 'string' ? x.trim().slice(0, 4000) : '';
  }
  return uit;
}

const centen = (tekst: string): number | null => {
  const n = leesBedrag(tekst);
  return n === null || n < 0 ? null : Math.round(n * 100);
};

export function leesMaatwerk(
  zaakId: number,
  v: Readonly<Record<string, string>>,
): { ok: true; vraag: MaatwerkVraag } | { ok: false; fouten: VeldFout[] } {
  const fouten: VeldFout[] = [];
  const f = (veld: string, melding: string) => fouten.push({ veld, melding });
  if (!isRegelingId(v.regeling)) f('regeling', 'Kies een regeling.');
  const jaar = Number(v.jaar);
  if (!Number.isInteger(jaar) || jaar < 2000 || jaar > 2100) f('jaar', 'Geen geldig jaar.');
  const afwijking = centen(v.afwijking ?? '');
  if (afwijking === null) f('afwijking', 'Vul het bedrag van de afwijking in als bedrag in euro.');
  if (!GRONDSLAGEN.some((g) => g.id === v.grondslag)) f('grondslag', 'Kies de wettelijke grondslag.');
  if (!v.afweging) f('afweging', 'Beschrijf de afweging van belangen.');
  if (!v.rechtvaardig) f('rechtvaardig', 'Beantwoord: Is het rechtvaardig?');
  if (!v.samen) f('samen', 'Beantwoord: Doen we het samen?');
  if (!v.aanspreekbaar) f('aanspreekbaar', 'Beantwoord: Zijn we aanspreekbaar op de uitkomsten?');
  if (!(NIVEAUS as readonly string[]).includes(v.niveau ?? '')) f('niveau', 'Kies het niveau.');
  if (fouten.length > 0) return { ok: false, fouten };
  return {
    ok: true,
    vraag: {
      zaakId,
      regeling: v.regeling as Regeling,
      jaar,
      afwijking: { bedrag: afwijking! },
      grondslag: v.grondslag!,
      afweging: v.afweging!,
      vragen: { rechtvaardig: v.rechtvaardig!, samen: v.samen!, aanspreekbaar: v.aanspreekbaar! },
      niveau: v.niveau as Niveau,
    },
  };
}
