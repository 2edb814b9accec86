/**
 * @module
 * One sentence of an effect (`effectZinnen` chose it from the values, @regelmaat/diensten), worded
 * with the texts of the page that shows it: the change preview ("door dit nu door te geven"), a
 * life event ("als"), a partner's report ("omdat wij dit nu weten"). One wording of the values for
 * all three.
 */
import { MERKBAAR_VERSCHIL, type Zin } from '@regelmaat/diensten';
import { euro, euroCenten } from '../opmaak';
import { type TekstKey, t } from '../teksten';

/** The text per kind of sentence. */
export type ZinTeksten = Readonly<Record<Zin['soort'], TekstKey>>;

export function zinTekst(z: Zin, teksten: ZinTeksten): string {
  switch (z.soort) {
    case 'voorkomen':
    case 'terugNaJaar':
    case 'extra':
    case 'extraNaJaar':
      return t(teksten[z.soort], { bedrag: euro(z.bedrag) });
    case 'terugKlein':
      return t(teksten.terugKlein, { bedrag: euroCenten(z.bedrag), grens: euroCenten(z.grens) });
    case 'klein':
      return t(teksten.klein, { grens: euro(MERKBAAR_VERSCHIL) });
    case 'gelijk':
      return t(teksten.gelijk);
  }
}
