/**
 * @module
 * The rules of the household input (`HuishoudenSchema` in @regelmaat/law) that stored facts can
 * break, checked on the typed values the dossier builds the engine's situation from: existing
 * civil dates, amounts in whole eurocents within the input's bounds (stated in euros), periods whose
 * `tot` lies after `vanaf`, known values of an enumeration. Each problem names its field as the
 * input would (`kinderen[0].geboortedatum`), with the same Dutch message, so a dossier the engine
 * cannot read says why in the words of the input. The bounds come from `INVOER_GRENZEN`.
 */
import {
  CENTS_PER_EURO,
  type DateParts,
  type Eurocent,
  eurocent,
  hoursToCentihours,
  isEuroAmount,
  parseCivilDate,
} from '@regelmaat/kernel';
import { INVOER_GRENZEN, type InputProblem, type InvoerCode } from '@regelmaat/law';

const MAX = INVOER_GRENZEN.maxBedrag;
const LANDCODE = /^[A-Z]{2}$/;
const GEEN_DATUM: DateParts = { year: 1, month: 1, day: 1 };

/** Collects the problems of one household; each check returns a usable value even when it fails. */
export class Invoerregels {
  readonly problemen: InputProblem[] = [];

  fout(path: string, message: string, code: InvoerCode): void {
    this.problemen.push({ path, message, code });
  }

  /** An existing civil date (YYYY-MM-DD). */
  datum(path: string, v: unknown): DateParts {
    const d = typeof v === 'string' ? parseCivilDate(v) : null;
    if (d) return d;
    this.fout(
      path,
      'moet een bestaande datum zijn in de vorm JJJJ-MM-DD',
      typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? 'ongeldig' : 'formaat',
    );
    return GEEN_DATUM;
  }

  /**
   * A stored amount in eurocents, within [min, 10 million] euros (`min` in euros, as the input
   * states its bounds) and a whole number of cents; the messages speak euros, as the input does.
   */
  bedrag(path: string, v: unknown, min: number): Eurocent {
    if (typeof v !== 'number' || Number.isNaN(v)) {
      this.fout(path, 'moet een bedrag in euro zijn (een getal)', 'verkeerd-type');
      return eurocent(0);
    }
    if (v < min * CENTS_PER_EURO) this.fout(path, `mag niet lager zijn dan ${min} euro`, 'te-klein');
    else if (v > MAX * CENTS_PER_EURO) this.fout(path, 'mag niet hoger zijn dan 10.000.000 euro', 'te-groot');
    else if (!Number.isInteger(v))
      this.fout(path, 'mag hoogstens twee cijfers achter de komma hebben', 'ongeldig');
    else return eurocent(v);
    return eurocent(0);
  }

  /** Hours of childcare a month, at most two decimals, as hours × 100. */
  uren(path: string, v: unknown): number {
    if (typeof v !== 'number' || Number.isNaN(v))
      this.fout(path, 'moet een aantal uren zijn', 'verkeerd-type');
    else if (v < 0) this.fout(path, 'mag niet negatief zijn', 'te-klein');
    else if (v > INVOER_GRENZEN.maxUrenPerMaand)
      this.fout(path, 'kan niet meer zijn dan 744 uur (31 dagen × 24 uur)', 'te-groot');
    else if (!isEuroAmount(v))
      this.fout(path, 'mag hoogstens twee cijfers achter de komma hebben', 'ongeldig');
    else return hoursToCentihours(v);
    return 0;
  }

  /** A period [vanaf, tot): both civil dates where given, `tot` after `vanaf`. */
  periode(path: string, vanaf: string | undefined, tot: string | undefined): void {
    if (vanaf !== undefined) this.datum(`${path}.vanaf`, vanaf);
    if (tot !== undefined) this.datum(`${path}.tot`, tot);
    if (vanaf !== undefined && tot !== undefined && tot <= vanaf)
      this.fout(`${path}.tot`, 'moet na vanaf liggen', 'ongeldig');
  }

  landcode(path: string, v: unknown): string {
    if (typeof v === 'string' && LANDCODE.test(v)) return v;
    this.fout(path, 'moet een landcode van twee hoofdletters zijn (ISO 3166, bijv. NL, BE)', 'formaat');
    return 'NL';
  }

  /** The index of `v` in `waarden`, or a problem naming the allowed values. */
  keuze<T extends string>(path: string, v: unknown, waarden: readonly T[]): number {
    const i = waarden.indexOf(v as T);
    if (i < 0)
      this.fout(
        path,
        `moet ${waarden
          .map((w) => `'${w}'`)
          .join(', ')
          .replace(/, ([^,]*)$/, ' of $1')} zijn`,
        'keuze',
      );
    return Math.max(0, i);
  }

  /** At most `max` items in a list. */
  lengte(path: string, n: number, max: number, wat: string): void {
    if (n > max) this.fout(path, `hoogstens ${max} ${wat}`, 'te-lang');
  }

  /** The berekeningsjaar Regelmaat has rules for. */
  jaar(jaar: number): void {
    if (!Number.isInteger(jaar)) this.fout('berekeningsjaar', 'moet een jaartal zijn', 'verkeerd-type');
    else if (jaar < INVOER_GRENZEN.eersteJaar)
      this.fout('berekeningsjaar', `Regelmaat rekent vanaf ${INVOER_GRENZEN.eersteJaar}`, 'te-klein');
    else if (jaar > INVOER_GRENZEN.laatsteJaar)
      this.fout(
        'berekeningsjaar',
        `Regelmaat kent de regels tot en met ${INVOER_GRENZEN.laatsteJaar}`,
        'te-groot',
      );
  }
}
