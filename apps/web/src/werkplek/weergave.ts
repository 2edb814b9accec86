/**
 * @module
 * Staff words for the case data: case type and status names, exception reason titles (from the
 * uitval rules of @regelmaat/uitval, with their legal ground), the names of toeslagen.
 */
import { REGELINGEN as LAW_REGELINGEN } from '@regelmaat/law';
import { STANDAARD_REGELS } from '@regelmaat/uitval';
import { ZAAKTYPEN, type Zaak } from '@regelmaat/zaken';

export const STATUS_NAAM: Record<Zaak['status'], string> = {
  open: 'Open',
  'in-behandeling': 'In behandeling',
  'wacht-op-goedkeuring': 'Wacht op goedkeuring',
  afgerond: 'Afgerond',
};

export const soortNaam = (soort: string): string => ZAAKTYPEN.find((z) => z.id === soort)?.naam ?? soort;

export const regelingNaam = (id: string): string => LAW_REGELINGEN.find((r) => r.id === id)?.naam ?? id;

/** An exception reason code in words, with where it comes from in the law. */
export function reden(code: string): { titel: string; grondslag?: string } {
  const r = STANDAARD_REGELS.find((x) => x.code === code);
  return r ? { titel: r.titel, grondslag: r.wettelijkeGrondslag } : { titel: code };
}
