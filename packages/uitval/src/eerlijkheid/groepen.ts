/**
 * @module
 * The groups the fairness monitoring compares (docs/uitval/fairness.md): only groups that follow
 * from what the law itself uses — income, household composition, age, where one lives, which
 * toeslagen one has. Never nationality, ethnicity or any proxy of them (the dossier holds none).
 */

/** The dimensions, in the order a report shows them. */
export const DIMENSIES = ['inkomensdeciel', 'huishoudtype', 'leeftijd', 'provincie', 'toeslagen'] as const;
export type Dimensie = (typeof DIMENSIES)[number];

export const DIMENSIE_NAMEN: Record<Dimensie, string> = {
  inkomensdeciel: 'Inkomensdeciel',
  huishoudtype: 'Huishoudtype',
  leeftijd: 'Leeftijd aanvrager',
  provincie: 'Provincie',
  toeslagen: 'Combinatie van toeslagen',
};

/** The group of a value that is not known (no income estimate, no birth date, no address). */
export const ONBEKEND = 'onbekend';

/**
 * Age bands of the applicant on 1 January of the year. The edges follow the law: under 23 the
 * huurtoeslag has its own rules for young people (Wet op de huurtoeslag art. 7 lid 2), from the
 * AOW age (67, AOW art. 7a) income and rent limits differ; the middle is split in common bands.
 */
export const LEEFTIJDSBANDEN = [
  { groep: '18-22', tot: 23 },
  { groep: '23-29', tot: 30 },
  { groep: '30-44', tot: 45 },
  { groep: '45-66', tot: 67 },
  { groep: '67+', tot: Number.POSITIVE_INFINITY },
] as const;

export function leeftijdsband(leeftijd: number | null): string {
  if (leeftijd === null || !Number.isFinite(leeftijd) || leeftijd < 0) return ONBEKEND;
  if (leeftijd < 18) return '<18';
  return LEEFTIJDSBANDEN.find((b) => leeftijd < b.tot)?.groep ?? ONBEKEND;
}

/** Age in whole years on `peildatum` (both `YYYY-MM-DD`). */
export function leeftijdOp(geboortedatum: string, peildatum: string): number | null {
  const g = /^(\d{4})-(\d{2})-(\d{2})$/.exec(geboortedatum);
  const p = /^(\d{4})-(\d{2})-(\d{2})$/.exec(peildatum);
  if (!g || !p) return null;
  const jaren = Number(p[1]) - Number(g[1]);
  const nogNiet = `${p[2]}-${p[3]}` < `${g[2]}-${g[3]}`;
  return jaren - (nogNiet ? 1 : 0);
}

/**
 * Province from the place of residence. The dossier's address holds only `woonplaats` (no postcode):
 * this table names the provincial capitals and the largest municipalities; any other place is
 * `onbekend`, and so is a household without an address fact (the synthetic population has none).
 */
export const PROVINCIE_VAN_WOONPLAATS: Readonly<Record<string, string>> = Object.freeze({
  groningen: 'Groningen',
  leeuwarden: 'Fryslân',
  assen: 'Drenthe',
  zwolle: 'Overijssel',
  enschede: 'Overijssel',
  lelystad: 'Flevoland',
  almere: 'Flevoland',
  arnhem: 'Gelderland',
  nijmegen: 'Gelderland',
  apeldoorn: 'Gelderland',
  utrecht: 'Utrecht',
  amersfoort: 'Utrecht',
  haarlem: 'Noord-Holland',
  amsterdam: 'Noord-Holland',
  zaanstad: 'Noord-Holland',
  'den haag': 'Zuid-Holland',
  "'s-gravenhage": 'Zuid-Holland',
  rotterdam: 'Zuid-Holland',
  leiden: 'Zuid-Holland',
  dordrecht: 'Zuid-Holland',
  middelburg: 'Zeeland',
  'den bosch': 'Noord-Brabant',
  "'s-hertogenbosch": 'Noord-Brabant',
  eindhoven: 'Noord-Brabant',
  tilburg: 'Noord-Brabant',
  breda: 'Noord-Brabant',
  maastricht: 'Limburg',
  venlo: 'Limburg',
  heerlen: 'Limburg',
});

export function provincie(woonplaats: string | null): string {
  if (!woonplaats) return ONBEKEND;
  return PROVINCIE_VAN_WOONPLAATS[woonplaats.trim().toLowerCase()] ?? ONBEKEND;
}

/** The toeslagen a household has in the run, as one group: `zorgtoeslag+huurtoeslag`, or `geen`. */
export function toeslagcombinatie(toeslagen: readonly string[]): string {
  const uniek = [...new Set(toeslagen)].sort();
  return uniek.length === 0 ? 'geen' : uniek.join('+');
}

/**
 * Income deciles over the run's households: sorted by income (then by id, so ties are split the
 * same way every time), the first tenth is decile 1. A household without an income is `onbekend`.
 */
export function inkomensdecielen(
  huishoudens: readonly { huishoudenId: number; inkomen: number | null }[],
): Map<number, string> {
  const bekend = huishoudens
    .filter((h) => h.inkomen !== null && Number.isFinite(h.inkomen))
    .sort((a, b) => (a.inkomen as number) - (b.inkomen as number) || a.huishoudenId - b.huishoudenId);
  const uit = new Map<number, string>();
  bekend.forEach((h, i) => {
    uit.set(h.huishoudenId, `D${Math.floor((i * 10) / bekend.length) + 1}`);
  });
  for (const h of huishoudens) if (!uit.has(h.huishoudenId)) uit.set(h.huishoudenId, ONBEKEND);
  return uit;
}
