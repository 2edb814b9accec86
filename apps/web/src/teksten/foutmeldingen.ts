/**
 * @module
 * Error messages that name their field: every check of a form says which field is wrong ("Vul uw
 * geboortedatum in."), so two errors in the summary never read the same. `wat` is the field as a
 * sentence names it ("de geboortedatum van kind 2"); `vraag` is a radio group's question.
 */
import { t } from './index';

/** `uw inkomen` → `Uw inkomen` (at the start of a sentence). */
export const hoofdletter = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const foutmelding = {
  verplicht: (wat: string) => t('fout.verplicht', { wat }),
  datum: (wat: string) => t('fout.datum', { wat }),
  datumNaJaar: (wat: string, jaar: number) => t('fout.datumToekomst', { Wat: hoofdletter(wat), jaar }),
  bedrag: (wat: string) => t('fout.bedrag', { wat }),
  bedragNegatief: (wat: string) => t('fout.bedragNegatief', { Wat: hoofdletter(wat) }),
  bedragTeHoog: (wat: string) => t('fout.bedragTeHoog', { Wat: hoofdletter(wat) }),
  teLang: (wat: string) => t('fout.teLang', { Wat: hoofdletter(wat) }),
  uren: (wat: string) => t('fout.uren', { wat }),
  urenTeVeel: (wat: string, max: number) => t('fout.urenTeVeel', { wat, max }),
  keuze: (vraag: string) => t('fout.keuze', { vraag }),
  algemeen: (wat: string, melding: string) => t('fout.algemeen', { wat, melding }),
} as const;
