import { describe, expect, it } from 'vitest';
import { platteTekst } from '../document/document';
import type { BezwaarBrief, BezwaarBriefGegevens, NietOntvankelijk } from '../model/bezwaarbrief';
import { bezwaarBriefDocument, bezwaarBriefHtml, bezwaarBriefPdf } from '../render/bezwaarbrief';
import { bewaarPdf, pdfNaarPng, pdfTekst } from '../testing/pdf-gereedschap';
import { BEZWAARBRIEF_VERSIE } from './bezwaar-register';

const basis: BezwaarBriefGegevens = {
  soort: 'beslissing-op-bezwaar',
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
    { beschikkingsnummer: '2026-000001-12', naam: 'Zorgtoeslag', jaar: 2026, briefdatum: '2026-01-05' },
  ],
  ontvangenOp: '2026-03-05',
  kanaal: 'post',
  tijdig: false,
  beslistermijn: '2026-05-26',
  beroepUrl: 'https://www.rechtspraak.nl',
};
const brief = (n: NietOntvankelijk | undefined, versie = 2, uitkomst = 'niet-ontvankelijk' as const) =>
  ({
    sjabloon: { id: 'bezwaarbrief', versie },
    bezwaar: { id: '12' },
    briefdatum: '2026-04-14',
    gegevens: {
      ...basis,
      beslissing: {
        uitkomst,
        motivering: 'Wij hebben uw uitleg gelezen.',
        hoorzitting: {
          gehouden: false,
          reden: 'Het is duidelijk dat wij uw bezwaar niet kunnen behandelen.',
        },
        ...(n ? { nietOntvankelijk: n } : {}),
      },
    },
  }) satisfies BezwaarBrief;
const tekst = (b: BezwaarBrief) => platteTekst(bezwaarBriefDocument(b)).replace(/\u00a0/g, ' ');
/** The law list at the end of the letter. */
const wetten = (t: string) =>
  t.slice(t.indexOf('Op welke wetten is deze brief gebaseerd?'), t.indexOf('Heeft u vragen?'));
const artikelen = (t: string) => [...wetten(t).matchAll(/artikel (\S+)$/gm)].map((m) => m[1]);

describe('bezwaarbrief 2', () => {
  it('is the version new objection letters are written with', () => {
    expect(BEZWAARBRIEF_VERSIE).toBe(2);
  });

  it('late and not excusable: names the term, the day received and Awb 6:7, 6:9 and 6:11', () => {
    const t = tekst(
      brief({ grond: 'te-laat', laatsteDagBezwaartermijn: '2026-02-16', ontvangenOp: '2026-03-05' }),
    );
    expect(t).toContain('Uw bezwaar is niet-ontvankelijk.');
    expect(t).toContain('U kon bezwaar maken tot en met 16 februari 2026.');
    expect(t).toContain('Wij kregen uw bezwaar op 5 maart 2026. Dat is te laat.');
    expect(t).toContain('Die reden hebben wij niet gevonden.');
    expect(t).not.toContain('op de post');
    expect(t).not.toContain('redenen uiterlijk');
    const w = artikelen(t);
    for (const a of ['6:7', '6:9', '6:11', '7:11']) expect(w).toContain(a);
    expect(w).not.toContain('6:6');
    // Posted: the day it was posted is named too (Awb 6:9 lid 2).
    const gepost = tekst(
      brief({
        grond: 'te-laat',
        laatsteDagBezwaartermijn: '2026-02-16',
        ontvangenOp: '2026-03-05',
        gepostOp: '2026-02-20',
      }),
    );
    expect(gepost).toContain(
      'U deed uw bezwaar op 20 februari 2026 op de post. Wij kregen het op 5 maart 2026. Dat is te laat.',
    );
  });

  it('grounds not sent within their term: names that term and Awb 6:6, not the lateness', () => {
    const nooit = tekst(brief({ grond: 'gronden-ontbreken', hersteltermijn: '2026-03-19' }));
    expect(nooit).toContain('Wij vroegen u uw redenen uiterlijk op 19 maart 2026 te sturen.');
    expect(nooit).toContain('Wij hebben uw redenen niet gekregen.');
    expect(nooit).not.toContain('te laat');
    const w = artikelen(nooit);
    expect(w).toContain('6:6');
    expect(w).not.toContain('6:11');
    // The appeal term still cites 6:7, once.
    expect(w.filter((a) => a === '6:7')).toHaveLength(1);
    const later = tekst(
      brief({ grond: 'gronden-ontbreken', hersteltermijn: '2026-03-19', grondenOntvangenOp: '2026-03-30' }),
    );
    expect(later).toContain('Uw redenen kwamen op 30 maart 2026. Dat is na die datum.');
    expect(later).not.toContain('niet gekregen');
  });

  it('leaves every other letter as version 1 wrote it', () => {
    const zonder = brief(undefined);
    const v1 = brief(undefined, 1);
    expect(tekst(zonder)).toBe(tekst(v1));
    const ongegrond = brief(undefined, 2, 'ongegrond' as never);
    expect(tekst(ongegrond)).toBe(tekst(brief(undefined, 1, 'ongegrond' as never)));
    // A letter written with version 1 keeps its words, without the ground.
    expect(tekst(brief({ grond: 'gronden-ontbreken', hersteltermijn: '2026-03-19' }, 1))).not.toContain(
      '19 maart 2026',
    );
  });

  it('renders as PDF and HTML with the same words', () => {
    const b = brief({ grond: 'te-laat', laatsteDagBezwaartermijn: '2026-02-16', ontvangenOp: '2026-03-05' });
    const pad = bewaarPdf('bezwaarbrief-2-niet-ontvankelijk', bezwaarBriefPdf(b));
    const pdf = pdfTekst(pad).replace(/\s+/g, ' ');
    expect(pdf).toContain('U kon bezwaar maken tot en met 16 februari 2026.');
    expect(pdf).toContain('artikel 6:11');
    pdfNaarPng(pad, 'bezwaarbrief-2-niet-ontvankelijk');
    expect(bezwaarBriefHtml(b)).toContain('Dat is te laat.');
    expect(bezwaarBriefPdf(b)).toEqual(bezwaarBriefPdf(b));
  });
});
