/**
 * Reading the proefberekening form: a valid form becomes the household the law expects, with the
 * answers about residence, insurance, vermogen, work and registered childcare; errors name their
 * field; childcare questions are required only with childcare; assumptions follow the answers.
 */
import { BerekeningVerzoek } from '@regelmaat/diensten';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LEEG_FORMULIER,
  leesFormulier,
  metKinderen,
  naarHuishouden,
  type Uitkomst,
  veldVoorPad,
} from './invoer';
import { kandidaat } from './kandidaat';

const geldig = {
  jaar: '2025',
  geboortedatum: '20-01-1996',
  inkomen: '24.500',
  woonland: 'ja',
  verblijf: 'ja',
  verzekerd: 'ja',
  partner: 'nee',
  kaleHuur: '640',
  servicekosten: '35',
  zelfstandig: 'ja',
  aantalKinderen: '0',
};

const gezin = {
  ...geldig,
  jaar: '2026',
  partner: 'ja',
  partnerGeboortedatum: '30-09-1990',
  partnerInkomen: '17500',
  partnerVermogen: '1.000',
  partnerVerblijf: 'ja',
  partnerVerzekerd: 'nee',
  aantalKinderen: '2',
  kind0Geboortedatum: '20-02-2014',
  kind0Kinderbijslag: 'ja',
  kind0Opvang: 'geen',
  kind1Geboortedatum: '02-11-2023',
  kind1Kinderbijslag: 'nee',
  kind1Opvang: 'dagopvang',
  kind1Uren: '96',
  kind1Uurprijs: '11,60',
  kind1Geregistreerd: 'nee',
  werk: 'ja',
  partnerWerk: 'nee',
};

function huishouden(r: Uitkomst) {
  if (r.ok !== true) throw new Error(`expected a household, got ${JSON.stringify(r)}`);
  return r;
}

describe('naarHuishouden', () => {
  it('turns a filled form into the household of the CLI example (alleenstaande 2025)', () => {
    const { huishouden: h } = huishouden(naarHuishouden(leesFormulier(geldig).formulier));
    expect(h.berekeningsjaar).toBe(2025);
    expect(h.aanvrager).toMatchObject({
      geboortedatum: '1996-01-20',
      toetsingsinkomen: 24500,
      vermogen: 0,
      rechtmatigVerblijf: true,
      zorgverzekering: 'verzekerd',
    });
    expect(h.huur).toEqual([
      expect.objectContaining({ kaleHuur: 640, servicekosten: 35, zelfstandig: true }),
    ]);
    expect(h.toeslagpartner).toBeUndefined();
  });

  it('passes every answer on: partner, residence, insurance, kinderbijslag, registration, work', () => {
    const { huishouden: h } = huishouden(naarHuishouden(leesFormulier(gezin).formulier));
    expect(h.toeslagpartner).toMatchObject({
      toetsingsinkomen: 17500,
      vermogen: 1000,
      rechtmatigVerblijf: true,
      zorgverzekering: 'geen',
      arbeidseis: false,
    });
    expect(h.aanvrager.arbeidseis).toBe(true);
    expect(h.kinderen.map((k) => [k.geboortedatum, k.kinderbijslag])).toEqual([
      ['2014-02-20', true],
      ['2023-11-02', false],
    ]);
    expect(h.kinderopvang).toEqual([
      expect.objectContaining({
        kind: 1,
        soort: 'dagopvang',
        urenPerMaand: 96,
        uurprijs: 11.6,
        geregistreerd: false,
      }),
    ]);
  });

  it('answers no to residence and insurance as they are given', () => {
    const { huishouden: h } = huishouden(
      naarHuishouden(
        leesFormulier({ ...geldig, verblijf: 'nee', verzekerd: 'nee', vermogen: '50000' }).formulier,
      ),
    );
    expect(h.aanvrager).toMatchObject({
      rechtmatigVerblijf: false,
      zorgverzekering: 'geen',
      vermogen: 50000,
    });
  });

  it('does not compute for someone who lives abroad', () => {
    expect(naarHuishouden(leesFormulier({ ...geldig, woonland: 'nee' }).formulier)).toEqual({
      ok: 'buitenland',
    });
  });

  it('names every field that is wrong, in form order, each message naming its field', () => {
    const { formulier } = leesFormulier({
      jaar: '2024',
      geboortedatum: '31-02-1990',
      inkomen: 'veel',
      partner: 'ja',
      aantalKinderen: '1',
      kind0Geboortedatum: '',
      kind0Opvang: 'dagopvang',
      kind0Uren: '40',
    });
    const r = naarHuishouden(formulier);
    if (r.ok !== false) throw new Error('expected errors');
    expect(r.fouten.map((f) => [f.veld, f.melding])).toEqual([
      ['jaar', 'Kies een antwoord bij de vraag: Voor welk jaar wilt u rekenen?'],
      ['geboortedatum', 'Vul uw geboortedatum in, zoals 20-01-1996.'],
      ['inkomen', 'Vul uw inkomen in als bedrag in euro, zoals 24500 of 640,50.'],
      ['woonland', 'Kies een antwoord bij de vraag: Woont u in Nederland?'],
      [
        'verblijf',
        'Kies een antwoord bij de vraag: Heeft u de Nederlandse nationaliteit of een geldige verblijfsvergunning?',
      ],
      ['verzekerd', 'Kies een antwoord bij de vraag: Heeft u een Nederlandse zorgverzekering?'],
      ['partnerGeboortedatum', 'Vul de geboortedatum van uw partner in.'],
      ['partnerInkomen', 'Vul het inkomen van uw partner in.'],
      [
        'partnerVerblijf',
        'Kies een antwoord bij de vraag: Heeft uw partner de Nederlandse nationaliteit of een geldige verblijfsvergunning?',
      ],
      [
        'partnerVerzekerd',
        'Kies een antwoord bij de vraag: Heeft uw partner een Nederlandse zorgverzekering?',
      ],
      ['kind0Geboortedatum', 'Vul de geboortedatum van kind 1 in.'],
      ['kind0Kinderbijslag', 'Kies een antwoord bij de vraag: Krijgt u kinderbijslag voor kind 1?'],
      ['kind0Uurprijs', 'Vul de prijs per uur voor kind 1 in. Of kies geen kinderopvang voor kind 1.'],
      [
        'kind0Geregistreerd',
        'Kies een antwoord bij de vraag: Staat de opvang van kind 1 in het Landelijk Register Kinderopvang?',
      ],
      ['werk', 'Kies een antwoord bij de vraag: Werkt of studeert u?'],
      ['partnerWerk', 'Kies een antwoord bij de vraag: Werkt of studeert uw partner?'],
    ]);
    // No two messages are the same.
    expect(new Set(r.fouten.map((f) => f.melding)).size).toBe(r.fouten.length);
  });

  it('asks about work and registration only when a child goes to childcare', () => {
    const r = naarHuishouden(
      leesFormulier({
        ...geldig,
        aantalKinderen: '1',
        kind0Geboortedatum: '01-05-2015',
        kind0Kinderbijslag: 'ja',
      }).formulier,
    );
    expect(r.ok).toBe(true);
  });

  it('asks whether the home is self-contained only when rent is filled in', () => {
    const zonderHuur = { ...geldig, kaleHuur: '', servicekosten: '', zelfstandig: '' };
    expect(naarHuishouden(leesFormulier(zonderHuur).formulier).ok).toBe(true);
    const r = naarHuishouden(leesFormulier({ ...geldig, zelfstandig: '' }).formulier);
    expect(r.ok === false && r.fouten.map((f) => f.veld)).toEqual(['zelfstandig']);
  });

  it('does not accept a birth date after the year of the calculation, and says which year', () => {
    const r = naarHuishouden(leesFormulier({ ...geldig, geboortedatum: '01-01-2026' }).formulier);
    expect(r.ok === false && r.fouten).toEqual([
      {
        veld: 'geboortedatum',
        melding: 'Uw geboortedatum ligt na 2025. Vul een datum in uit 2025 of eerder.',
      },
    ]);
  });

  it('ignores partner fields when there is no partner', () => {
    const r = naarHuishouden(
      leesFormulier({ ...geldig, partnerGeboortedatum: 'onzin', partnerVerblijf: '' }).formulier,
    );
    expect(r.ok).toBe(true);
  });
});

describe('the proefberekening form with the shared BerekeningVerzoek', () => {
  it('refuses service costs without the rent, naming the rent (the schema would drop nothing silently)', () => {
    const r = naarHuishouden(leesFormulier({ ...geldig, kaleHuur: '', zelfstandig: '' }).formulier);
    expect(r.ok === false && r.fouten).toEqual([
      { veld: 'kaleHuur', melding: 'Vul uw kale huur in.' },
      {
        veld: 'zelfstandig',
        melding: expect.stringMatching(/^Kies een antwoord bij de vraag: Heeft uw huis/),
      },
    ]);
  });

  it("words the schema's bounds per field: hours above a month, an amount above the maximum, a negative vermogen", () => {
    const r = naarHuishouden(
      leesFormulier({
        ...gezin,
        vermogen: '-5',
        partnerInkomen: '20.000.000',
        kind1Uren: '800',
      }).formulier,
    );
    expect(r.ok === false && r.fouten.map((f) => [f.veld, f.melding])).toEqual([
      ['vermogen', 'Uw vermogen mag niet onder nul zijn.'],
      ['partnerInkomen', 'Het inkomen van uw partner is te hoog. Kijk of u het goed heeft ingevuld.'],
      [
        'kind1Uren',
        'Een maand heeft niet meer dan 744 uur. Kijk of u de uren kinderopvang van kind 2 goed heeft ingevuld.',
      ],
    ]);
  });

  it('sends an unanswered question as null, so the schema refuses it instead of assuming an answer', () => {
    const { verzoek } = kandidaat(leesFormulier({ ...geldig, verblijf: '' }).formulier);
    expect((verzoek.aanvrager as Record<string, unknown>).rechtmatigVerblijf).toBeNull();
    expect(BerekeningVerzoek.safeParse(verzoek).success).toBe(false);
    // Answered: the same request passes.
    expect(BerekeningVerzoek.safeParse(kandidaat(leesFormulier(geldig).formulier).verzoek).success).toBe(
      true,
    );
  });

  it('accepts only what the API accepts, and names a form field for every refusal (property)', () => {
    // Mostly what people mean to type, now and then a mistake, so both sides are reached.
    const meestal = <T>(goed: fc.Arbitrary<T>, fout: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary: goed, weight: 24 }, { arbitrary: fout, weight: 1 });
    const bedrag = meestal(
      fc.constantFrom('', '0', '640,50', '24.500', '17500'),
      fc.constantFrom('-5', '20.000.000', 'veel', '1,234'),
    );
    const jaNee = meestal(fc.constantFrom('ja', 'nee'), fc.constantFrom('', 'misschien'));
    const datum = meestal(
      fc.constantFrom('20-01-1996', '2014-02-20', '1-5-2020'),
      fc.constantFrom('', '31-02-1990', '01-01-2027', 'gisteren'),
    );
    const kind = fc.record({
      Geboortedatum: datum,
      Kinderbijslag: jaNee,
      Opvang: meestal(fc.constantFrom('geen', 'dagopvang', 'gastouderopvang'), fc.constant('oppas')),
      Uren: meestal(fc.constantFrom('96', '80,5'), fc.constantFrom('', '800', 'x')),
      Uurprijs: bedrag,
      Geregistreerd: jaNee,
    });
    const body = fc
      .record({
        jaar: meestal(fc.constantFrom('2025', '2026'), fc.constantFrom('', '2024')),
        geboortedatum: datum,
        inkomen: bedrag,
        vermogen: bedrag,
        woonland: meestal(fc.constantFrom('ja', 'ja', 'ja', 'nee'), fc.constant('')),
        verblijf: jaNee,
        verzekerd: jaNee,
        partner: jaNee,
        partnerGeboortedatum: datum,
        partnerInkomen: bedrag,
        partnerVermogen: bedrag,
        partnerVerblijf: jaNee,
        partnerVerzekerd: jaNee,
        kaleHuur: bedrag,
        servicekosten: bedrag,
        zelfstandig: jaNee,
        werk: jaNee,
        partnerWerk: jaNee,
        kinderen: fc.array(kind, { maxLength: 3 }),
      })
      .map(({ kinderen, ...rest }) => {
        const b: Record<string, string> = { ...rest, aantalKinderen: String(kinderen.length) };
        kinderen.forEach((k, i) => {
          for (const [veld, waarde] of Object.entries(k)) b[`kind${i}${veld}`] = waarde;
        });
        return b;
      });
    const telling = { berekend: 0, buitenland: 0, geweigerd: 0 };
    fc.assert(
      fc.property(body, (b) => {
        const { formulier } = leesFormulier(b);
        const r = naarHuishouden(formulier);
        if (r.ok === true) {
          telling.berekend++;
          expect(BerekeningVerzoek.safeParse(kandidaat(formulier).verzoek).success).toBe(true);
        } else if (r.ok === 'buitenland') {
          telling.buitenland++;
        } else {
          telling.geweigerd++;
          expect(BerekeningVerzoek.safeParse(kandidaat(formulier).verzoek).success).toBe(false);
          for (const f of r.fouten) {
            expect(f.veld).toBeDefined();
            expect(f.melding).not.toMatch(/^(moet|is |kan |mag )/);
          }
          expect(new Set(r.fouten.map((f) => f.veld)).size).toBe(r.fouten.length);
        }
      }),
      { numRuns: 800, examples: [[geldig], [gezin]] },
    );
    console.log(
      `proefberekening form property: ${telling.berekend} computed, ${telling.buitenland} abroad, ${telling.geweigerd} refused`,
    );
    expect(telling.berekend).toBeGreaterThan(20);
    expect(telling.buitenland).toBeGreaterThan(0);
    expect(telling.geweigerd).toBeGreaterThan(20);
  });
});

describe('assumptions', () => {
  const sleutels = (body: Record<string, string>) =>
    huishouden(naarHuishouden(leesFormulier(body).formulier)).aannames.map((a) => a.sleutel);

  it('says only what the calculation assumed for these answers', () => {
    expect(sleutels(geldig)).toEqual(['heleJaar', 'geenVermogen', 'medebewoners']);
    expect(sleutels({ ...geldig, vermogen: '0', kaleHuur: '', servicekosten: '' })).toEqual(['heleJaar']);
    // Partner vermogen given, own left empty; rent and children: their own income is assumed nil.
    expect(sleutels(gezin)).toEqual([
      'heleJaar',
      'geenVermogen',
      'partnerInNederland',
      'medebewoners',
      'kinderen',
    ]);
  });

  it('states the year it assumed', () => {
    const { aannames } = huishouden(naarHuishouden(leesFormulier(geldig).formulier));
    expect(aannames[0]!.tekst).toBe(
      'Wat u invult, geldt voor het hele jaar 2025. Verandert er iets in dat jaar? Dan kan het bedrag anders zijn.',
    );
  });
});

describe('form helpers', () => {
  it('reads the button that was pressed and caps the number of children', () => {
    expect(leesFormulier({ actie: 'kind-toevoegen' }).actie).toBe('kind-toevoegen');
    expect(leesFormulier({ actie: 'iets' }).actie).toBe('berekenen');
    expect(leesFormulier({ aantalKinderen: '999' }).formulier.kinderen).toHaveLength(10);
    expect(metKinderen(LEEG_FORMULIER, 2).kinderen).toHaveLength(2);
    expect(metKinderen(metKinderen(LEEG_FORMULIER, 2), 1).kinderen).toHaveLength(1);
  });

  it('maps the law input paths back to form fields', () => {
    expect(veldVoorPad('aanvrager.toetsingsinkomen', [])).toBe('inkomen');
    expect(veldVoorPad('kinderen[3].geboortedatum', [])).toBe('kind3Geboortedatum');
    expect(veldVoorPad('kinderopvang[0].uurprijs', [2])).toBe('kind2Uurprijs');
    expect(veldVoorPad('medebewoners[0]', [])).toBeUndefined();
  });
});
