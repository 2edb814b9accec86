import { describe, expect, it } from 'vitest';
import { berekenHuishouden } from './bereken';
import { normaliseer } from './situatie/normaliseer';
import { parseHuishouden } from './situatie/parse-huishouden';
import { STANDAARDPREMIE_2026, wetgevingMetCorrectie } from './testing/parameterwijziging';
import { laadWetgeving, parameterVersieVan, wetgeving, zoekParameter } from './wetgeving';
import { ParametersetOngeldig, wetgevingUitTeksten } from './wetgeving-uit-teksten';

const HUISHOUDEN = parseHuishouden({
  berekeningsjaar: 2026,
  aanvrager: { geboortedatum: '1990-01-01', toetsingsinkomen: 25000 },
});
if (!HUISHOUDEN.ok) throw new Error(JSON.stringify(HUISHOUDEN.problems));
const situatie = normaliseer(HUISHOUDEN.huishouden);
const zorgtoeslag = (w = wetgeving()) =>
  berekenHuishouden(situatie, w).toeslagen.find((t) => t.regeling === 'zorgtoeslag')!;

describe('the law from kept parameter texts (wetgevingUitTeksten)', () => {
  const w = wetgeving();
  const gecorrigeerd = wetgevingMetCorrectie(
    w,
    'zorgtoeslag',
    STANDAARDPREMIE_2026.van,
    STANDAARDPREMIE_2026.naar,
  );

  it('keeps its texts, whose hash is its version', () => {
    expect(parameterVersieVan(w.teksten)).toBe(w.versie);
    expect(w.versie).toMatch(/^[0-9a-f]{16}$/);
    expect(gecorrigeerd.versie).not.toBe(w.versie);
  });

  it('rebuilds the same law from the texts: same version, same values, same amounts', () => {
    const terug = wetgevingUitTeksten(JSON.parse(JSON.stringify(w.teksten)), w.versie);
    expect(terug.versie).toBe(w.versie);
    expect(zoekParameter(terug, 'zorgtoeslag.standaardpremie', '2026-01-01').value).toBe(211_900);
    expect(zorgtoeslag(terug).jaarbedrag).toBe(zorgtoeslag().jaarbedrag);
  });

  it('rebuilds a corrected law with its own value, and computes with it', () => {
    const terug = wetgevingUitTeksten({ ...gecorrigeerd.teksten }, gecorrigeerd.versie);
    expect(zoekParameter(terug, 'zorgtoeslag.standaardpremie', '2026-01-01').value).toBe(221_900);
    expect(zorgtoeslag(terug).jaarbedrag).toBeGreaterThan(zorgtoeslag(w).jaarbedrag);
    // Loaded once per version.
    expect(wetgevingUitTeksten({ ...gecorrigeerd.teksten })).toBe(terug);
  });

  it('refuses texts that are not the version asked for, incomplete sets and unknown regelingen', () => {
    expect(() => wetgevingUitTeksten(gecorrigeerd.teksten, w.versie)).toThrow(ParametersetOngeldig);
    expect(() => wetgevingUitTeksten(gecorrigeerd.teksten, w.versie)).toThrow(
      `de teksten horen bij parameterversie ${gecorrigeerd.versie}, niet bij ${w.versie}`,
    );
    const { huurtoeslag: _, ...zonder } = w.teksten;
    expect(() => wetgevingUitTeksten(zonder)).toThrow('de parameterset mist de tekst van huurtoeslag');
    expect(() => wetgevingUitTeksten({ ...w.teksten, bijstand: 'x: 1' })).toThrow(
      'de parameterset heeft onbekende regelingen: bijstand',
    );
    expect(() => wetgevingUitTeksten('tekst')).toThrow(ParametersetOngeldig);
  });

  it("refuses texts the specs do not accept with the loader's message", () => {
    const kapot = { ...w.teksten, algemeen: 'minimum_tegemoetkoming: 3' };
    expect(() => wetgevingUitTeksten(kapot)).toThrow(ParametersetOngeldig);
    expect(() => wetgevingUitTeksten(kapot)).toThrow(/algemeen\/parameters\.yaml/);
  });

  it('a replacement text changes the version (laadWetgeving)', () => {
    expect(laadWetgeving({ algemeen: `${w.teksten.algemeen}\n` }).versie).not.toBe(w.versie);
  });
});
