import { describe, expect, it } from 'vitest';
import { citeLaw, juriconnect, type LawRef, lawUrl } from './law-ref';

const zorgtoeslag: LawRef = { wet: 'Wet op de zorgtoeslag', bwb: 'BWBR0018451', artikel: '2', lid: '1' };

describe('law references', () => {
  it('links to the article on wetten.overheid.nl as in force on the date', () => {
    expect(lawUrl(zorgtoeslag, '2026-01-01')).toBe(
      'https://wetten.overheid.nl/BWBR0018451/2026-01-01/#Artikel2',
    );
  });

  it('builds a Juriconnect id with article, lid and both dates', () => {
    expect(juriconnect(zorgtoeslag, '2026-01-01')).toBe(
      'jci1.3:c:BWBR0018451&artikel=2&lid=1&z=2026-01-01&g=2026-01-01',
    );
  });

  it('cites wet, artikel and lid', () => {
    expect(citeLaw(zorgtoeslag)).toBe('Wet op de zorgtoeslag, artikel 2, lid 1');
  });

  it('links to the whole regulation when no article is given', () => {
    const ref: LawRef = { wet: 'Wet op de huurtoeslag', bwb: 'BWBR0008659' };
    expect(lawUrl(ref, '2026-01-01')).toBe('https://wetten.overheid.nl/BWBR0008659/2026-01-01');
    expect(juriconnect(ref, '2026-01-01')).toBe('jci1.3:c:BWBR0008659&z=2026-01-01&g=2026-01-01');
    expect(citeLaw(ref)).toBe('Wet op de huurtoeslag');
  });

  it('removes spaces from the article in the anchor only', () => {
    const ref: LawRef = { wet: 'Wet kinderopvang', bwb: 'BWBR0017017', artikel: '1.7 a' };
    expect(lawUrl(ref, '2025-07-01')).toBe('https://wetten.overheid.nl/BWBR0017017/2025-07-01/#Artikel1.7a');
    expect(citeLaw(ref)).toBe('Wet kinderopvang, artikel 1.7 a');
  });

  it('has no link or Juriconnect id for a publication, and cites onderdeel and publicatie', () => {
    const ref: LawRef = {
      wet: 'Regeling zorgtoeslag',
      artikel: '3',
      lid: '2',
      onderdeel: 'b',
      publicatie: 'Stcrt. 2024, 38887',
    };
    expect(lawUrl(ref, '2026-01-01')).toBeUndefined();
    expect(juriconnect(ref, '2026-01-01')).toBeUndefined();
    expect(citeLaw(ref)).toBe('Regeling zorgtoeslag, artikel 3, lid 2, onderdeel b, Stcrt. 2024, 38887');
  });
});

describe('annexes (bijlagen)', () => {
  const ref = { wet: 'Besluit kinderopvangtoeslag', bwb: 'BWBR0017321', artikel: '6', bijlage: 'I' };
  it('cites the annex with the article it belongs to, links to the annex', () => {
    expect(citeLaw(ref)).toBe('Besluit kinderopvangtoeslag, bijlage I bij artikel 6');
    expect(lawUrl(ref, '2026-01-01')).toBe('https://wetten.overheid.nl/BWBR0017321/2026-01-01/#BijlageI');
    expect(juriconnect(ref, '2026-01-01')).toBe('jci1.3:c:BWBR0017321&bijlage=I&z=2026-01-01&g=2026-01-01');
  });
});
