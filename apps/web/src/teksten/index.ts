/**
 * @module
 * The content catalogue: `t(key, values)` returns the text for `key` with `{name}` placeholders
 * filled in. Keys are checked by TypeScript; a missing value for a placeholder throws, so a text
 * never reaches a page with a raw `{name}` in it. A number is written the Dutch way by `getal`
 * (`56,64`; a year stays `2026`), so no decimal point reaches a page through a placeholder.
 */
import { getal } from '../opmaak';
import { beleidTeksten } from './beleid';
import { bezwaarTeksten } from './bezwaar';
import { burgerTeksten } from './burger';
import { controleTeksten } from './controle';
import { informatieTeksten } from './informatie';
import { invorderingWerkTeksten } from './invordering-werk';
import { jaarTeksten } from './jaarsimulatie';
import { levensgebeurtenisTeksten } from './levensgebeurtenissen';
import { medewerkerTeksten } from './medewerker';
import { portaalTeksten } from './portaal';
import { VERWERKING_ROL, VERWERKING_UITLEG } from './verwerkingen';
import { werkplekTeksten } from './werkplek';
import { zienswijzeBurgerTeksten } from './zienswijze';
import { zienswijzeWerkTeksten } from './zienswijze-werk';

export { beleidTeksten } from './beleid';
export { burgerTeksten } from './burger';
export { controleTeksten } from './controle';
export { informatieTeksten } from './informatie';
export { levensgebeurtenisTeksten } from './levensgebeurtenissen';
export { medewerkerTeksten } from './medewerker';
export { portaalTeksten } from './portaal';
export { VERWERKING_ROL, VERWERKING_ROL_ONBEKEND, VERWERKING_UITLEG } from './verwerkingen';
export { werkplekTeksten } from './werkplek';

export const teksten = {
  ...burgerTeksten,
  ...informatieTeksten,
  ...portaalTeksten,
  ...bezwaarTeksten,
  ...levensgebeurtenisTeksten,
  ...medewerkerTeksten,
  ...werkplekTeksten,
  ...invorderingWerkTeksten,
  ...beleidTeksten,
  ...jaarTeksten,
  ...controleTeksten,
  ...zienswijzeBurgerTeksten,
  ...zienswijzeWerkTeksten,
} as const;
export type TekstKey = keyof typeof teksten;

/** Citizen texts only (B1): the catalogue the lint test checks. */
export const burgerCatalogus: Readonly<Record<string, string>> = {
  ...burgerTeksten,
  ...informatieTeksten,
  ...portaalTeksten,
  ...bezwaarTeksten,
  ...levensgebeurtenisTeksten,
  ...zienswijzeBurgerTeksten,
  ...Object.fromEntries(Object.entries(VERWERKING_UITLEG).map(([k, v]) => [`verwerking.${k}`, v])),
  ...Object.fromEntries(Object.entries(VERWERKING_ROL).map(([k, v]) => [`verwerking.rol.${k}`, v])),
};

export function t(key: TekstKey, values: Readonly<Record<string, string | number>> = {}): string {
  return teksten[key].replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`tekst ${key}: no value for {${name}}`);
    return typeof v === 'number' ? getal(v) : v;
  });
}
