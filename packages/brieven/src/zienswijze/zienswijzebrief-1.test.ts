import { eurocent } from '@regelmaat/kernel';
import { describe, expect, it } from 'vitest';
import { platteTekst } from '../document/document';
import { bewaarPdf, pdfNaarPng, pdfTekst } from '../testing/pdf-gereedschap';
import type { ZienswijzeBerekening, ZienswijzeBrief, ZienswijzeBriefGegevens } from './model';
import { zienswijzeBriefDocument, zienswijzeBriefHtml, zienswijzeBriefPdf } from './render';

const regel = (naam: string, voorschot: number, jaarbedrag: number, terug: number): ZienswijzeBerekening => ({
  naam,
  voorschot: eurocent(voorschot),
  jaarbedrag: eurocent(jaarbedrag),
  terug: eurocent(terug),
  nabetaling: eurocent(Math.max(0, jaarbedrag - voorschot)),
});
const basis: ZienswijzeBriefGegevens = {
  kenmerk: 'ZW-2027-000003',
  geadresseerde: { naam: 'heer of mevrouw', bsn: '999990019', adres: { regels: ['Utrecht'] } },
  afzender: {
    naam: 'Dienst Toeslagen (simulatie)',
    bezwaaradres: { regels: ['Postbus 12345', '9999 ZZ Voorbeeldstad'] },
    bezwaarUrl: 'https://regelmaat.example/mijn-toeslagen/bezwaar',
    portaalUrl: 'https://regelmaat.example/mijn-toeslagen',
    telefoon: '0800 1234',
    bereikbaar: 'maandag tot en met vrijdag van 8.00 tot 17.00 uur',
  },
  berekeningsjaar: 2026,
  regels: [regel('Kindgebonden budget', 468_000, 254_100, 213_900)],
  totaal: eurocent(213_900),
  reagerenUiterlijk: '2027-05-15',
  reactieUrl: 'https://regelmaat.example/mijn/terugbetalen',
  doelmatigheidsgrens: eurocent(12_100),
};
const brief = (g: Partial<ZienswijzeBriefGegevens>): ZienswijzeBrief => ({
  sjabloon: { id: 'zienswijzebrief', versie: 1 },
  zienswijze: { id: '3' },
  briefdatum: '2027-05-01',
  gegevens: { ...basis, ...g },
});
const tekst = (b: ZienswijzeBrief) => platteTekst(zienswijzeBriefDocument(b)).replace(/\u00a0/g, ' ');

describe('zienswijzebrief 1', () => {
  it('states the intended recovery with its calculation, the term and the articles (Awir 26b, 26, 13b)', () => {
    const t = tekst(brief({}));
    expect(t).toContain('Wij willen in totaal € 2.139 van u terugvragen.');
    expect(t).toContain('Dit is nog geen besluit.');
    expect(t).toContain('| Kindgebonden budget | € 4.680 | € 2.541 | € 2.139 |');
    expect(t).toContain(
      'Voor uw kindgebonden budget kreeg u meer voorschot dan het bedrag waar u recht op heeft.',
    );
    expect(t).toContain('Laat ons uiterlijk op 15 mei 2027 weten wat u ervan vindt.');
    expect(t).toContain('artikel 26b, lid 1');
    expect(t).toContain('artikel 13b');
    expect(t).not.toContain('artikel 26a');
    expect(t).not.toContain("Zo'n klein bedrag");
  });
  it('names a toeslag under the doelmatigheidsgrens and a back-payment only when there is one', () => {
    const t = tekst(
      brief({
        regels: [
          regel('Huurtoeslag', 300_000, 140_000, 160_000),
          regel('Zorgtoeslag', 150_000, 140_000, 0),
          regel('Kindgebonden budget', 100_000, 120_000, 0),
        ],
        totaal: eurocent(160_000),
      }),
    );
    expect(t).toContain('Voor uw zorgtoeslag kreeg u € 100 te veel. Dat is € 121 of minder.');
    expect(t).toContain('artikel 26a');
    expect(t).toContain('Voor uw kindgebonden budget heeft u recht op € 200 meer dan u kreeg.');
    expect(t).toContain('Voor uw huurtoeslag kreeg u meer voorschot');
    const twee = tekst(
      brief({
        regels: [
          regel('Huurtoeslag', 300_000, 200_000, 100_000),
          regel('Zorgtoeslag', 150_000, 50_000, 100_000),
        ],
        totaal: eurocent(200_000),
      }),
    );
    expect(twee).toContain('Voor uw huurtoeslag en zorgtoeslag kreeg u meer voorschot');
    expect(twee).toContain('Die verschillen vragen wij terug.');
  });
  it('renders as an accessible PDF and HTML with the same words, the same bytes every time', () => {
    const b = brief({});
    const pad = bewaarPdf('zienswijzebrief', zienswijzeBriefPdf(b));
    const pdf = pdfTekst(pad).replace(/\s+/g, ' ');
    expect(pdf).toContain('Laat ons uiterlijk op 15 mei 2027 weten wat u ervan vindt.');
    pdfNaarPng(pad, 'zienswijzebrief');
    expect(zienswijzeBriefHtml(b)).toContain('<html lang="nl"');
    expect(zienswijzeBriefPdf(b)).toEqual(zienswijzeBriefPdf(b));
  });
});
