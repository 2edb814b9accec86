/**
 * @module
 * Checks a letter before it is rendered and names every problem with its path, so bad input gives
 * a clear error instead of a half-filled letter.
 */
import { isCivilDate } from '@regelmaat/kernel';
import { BriefFout } from '../fout';
import { BRIEF_SOORTEN, type Brief } from './brief';

const geheelBedrag = (x: unknown) => typeof x === 'number' && Number.isSafeInteger(x);

/** The problems of `brief`, as "path: what is wrong". Empty when the letter can be rendered. */
export function problemenVan(brief: Brief): string[] {
  const p: string[] = [];
  if (!isCivilDate(brief.briefdatum)) p.push(`briefdatum: "${brief.briefdatum}" is geen datum JJJJ-MM-DD`);
  const g = brief.gegevens;
  if (!BRIEF_SOORTEN.includes(g.soort)) p.push(`gegevens.soort: onbekend soort "${g.soort}"`);
  if (!Number.isInteger(g.berekeningsjaar) || g.berekeningsjaar < 2000 || g.berekeningsjaar > 2100)
    p.push(`gegevens.berekeningsjaar: ${g.berekeningsjaar} is geen jaar`);
  if (!g.beschikkingsnummer) p.push('gegevens.beschikkingsnummer: ontbreekt');
  if (g.toeslagen.length === 0) p.push('gegevens.toeslagen: er is geen toeslag in dit besluit');
  g.toeslagen.forEach((t, i) => {
    const pad = `gegevens.toeslagen[${i}]`;
    if (!geheelBedrag(t.jaarbedrag)) p.push(`${pad}.jaarbedrag: geen bedrag in hele centen`);
    if (t.maandbedragen.length !== 12 || !t.maandbedragen.every(geheelBedrag))
      p.push(`${pad}.maandbedragen: twaalf bedragen in hele centen verwacht`);
    if (!isCivilDate(t.periode.van) || !isCivilDate(t.periode.totEnMet))
      p.push(`${pad}.periode: geen datums`);
    if (g.soort === 'wijziging' && !t.vorig) p.push(`${pad}.vorig: een wijziging noemt het vorige besluit`);
    if (t.vorig && (t.vorig.maandbedragen.length !== 12 || !t.vorig.reden.trim()))
      p.push(`${pad}.vorig: twaalf bedragen en een reden verwacht`);
    if (g.soort === 'definitieve-berekening' && !t.afrekening)
      p.push(`${pad}.afrekening: een definitieve berekening noemt wat al betaald is`);
    if (t.afrekening?.betaaldatum !== undefined && !isCivilDate(t.afrekening.betaaldatum))
      p.push(`${pad}.afrekening.betaaldatum: geen datum`);
    const a = t.afrekening;
    if (a?.terugTeVorderen !== undefined) {
      const teVeel = a.alBetaald - t.jaarbedrag;
      if (
        !geheelBedrag(a.terugTeVorderen) ||
        a.terugTeVorderen < 0 ||
        a.terugTeVorderen > Math.max(0, teVeel)
      )
        p.push(`${pad}.afrekening.terugTeVorderen: tussen 0 en het te veel betaalde bedrag verwacht`);
    }
    if (
      a?.doelmatigheidsgrens !== undefined &&
      (!geheelBedrag(a.doelmatigheidsgrens) || a.doelmatigheidsgrens < 0)
    )
      p.push(`${pad}.afrekening.doelmatigheidsgrens: geen bedrag in hele centen`);
  });
  if (g.soort === 'maatwerk' && !g.maatwerk) p.push('gegevens.maatwerk: een maatwerkbrief noemt het besluit');
  if (g.maatwerk && g.maatwerk.grond.length === 0)
    p.push('gegevens.maatwerk.grond: noem de wettelijke grond van het maatwerk');
  g.betalingen.forEach((b, i) => {
    if (!isCivilDate(b.datum)) p.push(`gegevens.betalingen[${i}].datum: geen datum`);
    if (!geheelBedrag(b.bedrag)) p.push(`gegevens.betalingen[${i}].bedrag: geen bedrag in hele centen`);
    if (!g.toeslagen.some((t) => t.regeling === b.regeling))
      p.push(`gegevens.betalingen[${i}].regeling: ${b.regeling} staat niet in dit besluit`);
  });
  return p;
}

export function controleerBrief(brief: Brief): void {
  const p = problemenVan(brief);
  if (p.length) throw new BriefFout('ONGELDIGE_BRIEF', `De brief is niet compleet: ${p.join('; ')}`);
}
