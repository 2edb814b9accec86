/**
 * @module
 * How an error message names a proefberekening field ("uw geboortedatum", "de prijs per uur voor
 * kind 2"), so every message says which field it is about.
 */
import { t } from '../teksten';

const VAST = {
  jaar: 'veld.jaar',
  geboortedatum: 'veld.geboortedatum',
  inkomen: 'veld.inkomen',
  vermogen: 'veld.vermogen',
  partnerGeboortedatum: 'veld.partnerGeboortedatum',
  partnerInkomen: 'veld.partnerInkomen',
  partnerVermogen: 'veld.partnerVermogen',
  kaleHuur: 'veld.kaleHuur',
  servicekosten: 'veld.servicekosten',
} as const;

const KIND = {
  Geboortedatum: 'veld.kindGeboortedatum',
  Uren: 'veld.kindUren',
  Uurprijs: 'veld.kindUurprijs',
} as const;

/** The field as a sentence names it; throws for a field without a name (a programming error). */
export function watVanVeld(veld: string): string {
  if (veld in VAST) return t(VAST[veld as keyof typeof VAST]);
  const k = /^kind(\d+)(Geboortedatum|Uren|Uurprijs)$/.exec(veld);
  if (k) return t(KIND[k[2] as keyof typeof KIND], { nummer: Number(k[1]) + 1 });
  throw new Error(`proefberekening: no name for field ${veld}`);
}
