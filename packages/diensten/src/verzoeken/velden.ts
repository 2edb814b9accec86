/**
 * @module
 * The fields that requests share, as zod schemas with Dutch messages: BSN (11-proef), years, civil
 * dates, amounts in eurocents or euros, ids, free text. The API validates its requests with them
 * and the web its forms; a rule across values says its own code (`params.code`, see `InvoerCode` of
 * `@regelmaat/law`), so a front end can word it per field.
 */
import { isCivilDate, isOpslaanbareTekst, isValidBsn } from '@regelmaat/kernel';
import { REGELING_IDS } from '@regelmaat/law';
import { z } from 'zod';

export const Bsn = z
  .string({ error: 'moet een BSN van 9 cijfers zijn' })
  .regex(/^\d{9}$/, 'moet een BSN van 9 cijfers zijn')
  .refine(isValidBsn, { message: 'is geen geldig BSN (11-proef)', params: { code: 'bsn' } })
  .describe('Burgerservicenummer (9 cijfers, 11-proef)');

export const Jaar = z
  .number({ error: 'moet een jaartal zijn' })
  .int()
  .min(2025, 'kan niet vóór 2025')
  .max(2026, 'kan niet na 2026');
export const Datum = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'moet een datum zijn in de vorm JJJJ-MM-DD')
  .refine(isCivilDate, { message: 'moet een bestaande datum zijn', params: { code: 'bestaat-niet' } });
/**
 * The ranges of the database's column types. Every number the API accepts fits the column it ends
 * up in (`schemas.test.ts` checks the bounds against the migrations), so an out-of-range number is
 * a 400 here instead of a 500 from PostgreSQL.
 */
export const INTEGER_MAX = 2 ** 31 - 1;
export const INTEGER_MIN = -(2 ** 31);
/** bigint columns hold ±2^63; a JSON number is exact only up to 2^53 − 1. */
export const BIGINT_VEILIG_MAX = Number.MAX_SAFE_INTEGER;

export const Centen = z
  .number()
  .int('moet een geheel aantal eurocent zijn')
  .min(INTEGER_MIN, 'is te klein')
  .max(INTEGER_MAX, 'is te groot (hoogstens € 21.474.836,47)')
  .describe('bedrag in eurocent');
/** A whole number stored in an `integer` column (e.g. a case's `versie`). */
export const Geheel = z
  .number({ error: 'moet een getal zijn' })
  .int('moet een geheel getal zijn')
  .min(INTEGER_MIN, 'is te klein')
  .max(INTEGER_MAX, 'is te groot');
export const Id = z.coerce
  .number({ error: 'moet een getal zijn' })
  .int('moet een geheel getal zijn')
  .positive('moet positief zijn')
  .max(BIGINT_VEILIG_MAX, 'is te groot');
export const IdPad = z.object({ id: Id });

/** No NUL character, no lone surrogate: see `isOpslaanbareTekst` (@regelmaat/kernel). */
const OPSLAANBAAR = 'bevat een teken dat niet is toegestaan (zoals een nul-teken)';

/** Free text as typed, trimmed: required, at most `max` characters, storable. */
export const Tekst = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'is verplicht')
    .max(max, `mag hoogstens ${max} tekens zijn`)
    .refine(isOpslaanbareTekst, { message: OPSLAANBAAR, params: { code: 'niet-opslaanbaar' } });
/** Like {@link Tekst} but not trimmed (passwords, secrets). */
export const TekstVrij = (max: number) =>
  z
    .string()
    .min(1, 'is verplicht')
    .max(max, `mag hoogstens ${max} tekens zijn`)
    .refine(isOpslaanbareTekst, { message: OPSLAANBAAR, params: { code: 'niet-opslaanbaar' } });

export const BsnVraag = z.strictObject({ bsn: Bsn, jaar: Jaar.optional() });
export const EigenOfBsnVraag = z.strictObject({ bsn: Bsn.optional(), jaar: Jaar.optional() });

/**
 * An amount in euros (a reported change: income, rent), at most € 10 million. The API's unit of
 * money is the eurocent (`Centen`); a reported change is one of the two documented exceptions
 * (docs/api.md, "Money"), and the service converts it once (`eurosToCents`).
 */
export const Euro = z
  .number({ error: 'moet een bedrag in euro zijn' })
  .min(0, 'kan niet negatief zijn')
  .max(10_000_000, 'is te hoog')
  .describe(
    'bedrag in euro, hoogstens twee decimalen (uitzondering: een doorgegeven wijziging zoals de burger het typt; verder rekent de API in eurocent)',
  );

/** The regelingen a request may name: the law's one list. */
export const RegelingVeld = z.enum(REGELING_IDS);
