import { eurocent } from '@regelmaat/kernel';
import { describe, expect, it } from 'vitest';
import { platteTekst } from '../document/document';
import type { BezwaarBrief, BezwaarBriefGegevens } from '../model/bezwaarbrief';
import { bezwaarBriefDocument, bezwaarBriefHtml, bezwaarBriefPdf } from '../render/bezwaarbrief';
import { bewaarPdf, pdfNaarPng, pdfTekst } from '../testing/pdf-gereedschap';

const basis: BezwaarBriefGegevens = {
  soort: 'ontvangstbevestiging',
  kenmerk: 'BZ-2026-000012',
  geadresseerde: { naam: 'heer of mevrouw', bsn: '999990019', adres: { regels: ['Utrecht'] } },
  afzender: {
    naam: 'Dienst Toeslagen (simulatie)',
    bezwaaradres: { regels: ['Postbus 12345', '9999 ZZ Voorbeeldstad'] },
    bezwaarUrl: 'https://regelmaat.example/mijn-toeslagen/bezwaar',
    portaalUrl: 'https://regelmaat.example/mijn-toeslagen',
    telefoon: '0800 1234',
    bereikbaar: 'maandag tot en met vrijdag van 8.00 tot 17.00 uur',
  },
  bestreden: [
    { beschikkingsnummer: '2026-000001-12', naam: 'Zorgtoeslag', jaar: 2026, briefdatum: '2026-03-02' },
  ],
  ontvangenOp: '2026-03-05',
  kanaal: 'portaal',
  tijdig: true,
  beslistermijn: '2026-05-26',
};
const brief = (g: Partial<BezwaarBriefGegevens>, briefdatum = '2026-03-05'): BezwaarBrief => ({
  sjabloon: { id: 'bezwaarbrief', versie: 1 },
  bezwaar: { id: '12' },
  briefdatum,
  gegevens: { ...basis, ...g },
});
const tekst = (b: BezwaarBrief) => platteTekst(bezwaarBriefDocument(b)).replace(/\u00a0/g, ' ');

describe('bezwaarbrief 1', () => {
  it('confirms receipt with the decision date; asks for grounds only when they are missing', () => {
    const met = tekst(brief({}));
    expect(met).toContain(
      'Wij hebben uw bezwaar ontvangen op 5 maart 2026. U stuurde het via Mijn toeslagen.',
    );
    expect(met).toContain('Wij beslissen uiterlijk op 26 mei 2026.');
    expect(met).toContain('Uw bezwaar gaat over dit besluit:');
    expect(met).not.toContain('Wij missen nog iets');
    expect(met).not.toContain('na de termijn');
    const zonder = tekst(brief({ hersteltermijn: '2026-04-02', tijdig: false }));
    expect(zonder).toContain('Stuur ons uw redenen uiterlijk op 2 april 2026.');
    expect(zonder).toContain('Uw bezwaar kwam na de termijn');
    expect(zonder).toContain('artikel 6:6');
    expect(zonder).toContain('artikel 6:11');
  });
  it('says an objection covers every decision of the letter only when there are more (Awir 37)', () => {
    const twee = tekst(
      brief({
        bestreden: [
          ...basis.bestreden,
          { beschikkingsnummer: '2026-000001-13', naam: 'Huurtoeslag', jaar: 2026, briefdatum: '2026-03-02' },
        ],
      }),
    );
    expect(twee).toContain('Daarom geldt uw bezwaar voor alle besluiten uit die brief.');
    expect(twee).toContain('artikel 37');
  });
  it('writes the postponement with its reason', () => {
    const t = tekst(
      brief({
        soort: 'verdaging',
        beslistermijn: '2026-07-07',
        verdaging: { reden: 'Wij wachten op gegevens van uw verhuurder.', oudeTermijn: '2026-05-26' },
      }),
    );
    expect(t).toContain('Wij zouden uiterlijk op 26 mei 2026 beslissen');
    expect(t).toContain('Wij wachten op gegevens van uw verhuurder.');
    expect(t).toContain('Wij beslissen uiterlijk op 7 juli 2026.');
  });
  it('decides with the reasons, why no hearing, the new amount and the appeal to the court', () => {
    const b = brief(
      {
        soort: 'beslissing-op-bezwaar',
        beroepUrl: 'https://www.rechtspraak.nl',
        beslissing: {
          uitkomst: 'deels-gegrond',
          motivering: 'Uw inkomen was lager dan wij dachten.',
          hoorzitting: { gehouden: false, reden: 'U heeft laten weten dat u niet gehoord wilt worden.' },
          nieuw: {
            naam: 'Zorgtoeslag',
            jaar: 2026,
            oudJaarbedrag: eurocent(120_000),
            nieuwJaarbedrag: eurocent(150_000),
          },
        },
      },
      '2026-04-14',
    );
    const t = tekst(b);
    expect(t).toContain('Uw bezwaar is deels gegrond.');
    expect(t).toContain('Wij hebben geen hoorzitting gehouden. De reden: U heeft laten weten');
    expect(t).toContain('Het bedrag voor het hele jaar was € 1.200. Het is nu € 1.500. Dat is € 300 meer.');
    // Six weeks after 14 April 2026 is 26 May 2026 (a Tuesday).
    expect(t).toContain('Uw beroepschrift moet uiterlijk op 26 mei 2026 bij de rechtbank zijn.');
    expect(t).toContain('artikel 7:3');
    const minder = tekst({
      ...b,
      gegevens: {
        ...b.gegevens,
        beslissing: {
          ...b.gegevens.beslissing!,
          nieuw: {
            naam: 'Zorgtoeslag',
            jaar: 2026,
            oudJaarbedrag: eurocent(150_000),
            nieuwJaarbedrag: eurocent(120_000),
          },
        },
      },
    });
    expect(minder).toContain('Dat is € 300 minder.');
    const ongegrond = tekst({
      ...b,
      gegevens: {
        ...b.gegevens,
        beslissing: {
          uitkomst: 'ongegrond',
          motivering: 'x',
          hoorzitting: { gehouden: true, op: '2026-04-01' },
        },
      },
    });
    expect(ongegrond).toContain('Het besluit blijft zoals het was.');
    expect(ongegrond).toContain('Wij hebben met u over uw bezwaar gesproken op 1 april 2026.');
    expect(ongegrond).not.toContain('Wat verandert er?');
    expect(ongegrond).not.toContain('artikel 7:3');
  });
  it('renders as PDF and HTML with the same words', () => {
    const b = brief({ hersteltermijn: '2026-04-02' });
    const pad = bewaarPdf('bezwaarbrief-ontvangst', bezwaarBriefPdf(b));
    const pdf = pdfTekst(pad).replace(/\s+/g, ' ');
    expect(pdf).toContain('Stuur ons uw redenen uiterlijk op 2 april 2026.');
    pdfNaarPng(pad, 'bezwaarbrief-ontvangst');
    expect(bezwaarBriefHtml(b)).toContain('<html lang="nl"');
    expect(bezwaarBriefPdf(b)).toEqual(bezwaarBriefPdf(b));
  });
});
