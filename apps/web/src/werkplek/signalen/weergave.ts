/**
 * @module
 * Staff words for signals: status, source, triage decision and answer kind, and the theme's name
 * (from `SIGNAAL_THEMAS` of @regelmaat/zaken). An unknown value is shown as it is.
 */
import type { AntwoordSoort, SignaalStatus } from '@regelmaat/zaken';
import { themaNaam } from '@regelmaat/zaken';
import { type TekstKey, t } from '../../teksten';

export const signaalStatusNaam = (s: SignaalStatus): string => t(`werk.signaal.status.${s}` as TekstKey);
export const bronNaam = (b: 'medewerker' | 'maatwerk'): string => t(`werk.signaal.bron.${b}` as TekstKey);
export const antwoordSoortNaam = (s: AntwoordSoort): string => t(`werk.signaal.antwoord.${s}` as TekstKey);
export { themaNaam };
