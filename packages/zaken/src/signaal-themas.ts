/**
 * @module
 * The themes a signal is filed under (C7, issue 17), so counts and examples per theme can be shown:
 * one per regeling of `@regelmaat/law`'s list, and the themes that cut across them.
 */
import { REGELINGEN } from '@regelmaat/law';

export interface SignaalThema {
  id: string;
  naam: string;
}

export const SIGNAAL_THEMAS: readonly SignaalThema[] = [
  ...REGELINGEN.map((r) => ({ id: r.id, naam: r.naam })),
  { id: 'inkomen', naam: 'Inkomen en schatting' },
  { id: 'huishouden', naam: 'Huishouden en toeslagpartner' },
  { id: 'terugvordering', naam: 'Terugvordering en invordering' },
  { id: 'werkwijze', naam: 'Werkwijze en hulpmiddelen' },
  { id: 'overig', naam: 'Overig' },
];

export const SIGNAAL_THEMA_IDS = SIGNAAL_THEMAS.map((t) => t.id) as [string, ...string[]];

export function isSignaalThema(v: unknown): v is string {
  return typeof v === 'string' && SIGNAAL_THEMA_IDS.includes(v);
}

export const themaNaam = (id: string): string => SIGNAAL_THEMAS.find((t) => t.id === id)?.naam ?? id;
