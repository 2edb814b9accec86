/**
 * Letters are data with a template version: an old letter renders with its own version after a
 * newer one exists; an unknown version or an incomplete letter is a clear BriefFout.
 */
import { eurocent } from '@regelmaat/kernel';
import { describe, expect, it } from 'vitest';
import { platteTekst } from '../document/document';
import { BriefFout } from '../fout';
import type { Brief } from '../model/brief';
import { SJABLONEN } from '../sjablonen/register';
import { maakRegister, nieuwsteVersie, type Sjabloon } from '../sjablonen/sjabloon';
import { TOESLAGBRIEF_1 } from '../sjablonen/toeslagbrief-1';
import { bewaarPdf, pdfTekst } from '../testing/pdf-gereedschap';
import { voorschotBrief } from '../testing/voorbeelden';
import { briefDocument, briefHtml, briefPdf } from './brief';

/** A version 2 as a template change would make it: a new title and an extra sentence. */
const TOESLAGBRIEF_2: Sjabloon = {
  ...TOESLAGBRIEF_1,
  versie: 2,
  omschrijving: 'Test: andere titel.',
  bouw(brief) {
    const doc = TOESLAGBRIEF_1.bouw(brief);
    return {
      ...doc,
      titel: `Uw voorschot voor ${brief.gegevens.berekeningsjaar}`,
      blokken: doc.blokken.map((b) =>
        b.soort === 'kop' && b.niveau === 1
          ? { ...b, tekst: `Uw voorschot voor ${brief.gegevens.berekeningsjaar}` }
          : b,
      ),
    };
  },
};

describe('template versions', () => {
  const oud = voorschotBrief({ maxNiveau: 0 });
  const nieuw: Brief = { ...oud, sjabloon: { id: 'toeslagbrief', versie: 2 } };
  const register = maakRegister([TOESLAGBRIEF_1, TOESLAGBRIEF_2]);

  it('renders an old letter with its own version, byte for byte, after version 2 exists', () => {
    expect(nieuwsteVersie(register, 'toeslagbrief')?.versie).toBe(2);
    expect(Buffer.from(briefPdf(oud, register)).equals(Buffer.from(briefPdf(oud, SJABLONEN)))).toBe(true);
    expect(platteTekst(briefDocument(oud, register))).toContain('# Voorschot toeslagen 2026');
  });

  it('renders a new letter with version 2', () => {
    const tekst = platteTekst(briefDocument(nieuw, register));
    expect(tekst).toContain('# Uw voorschot voor 2026');
    expect(tekst).not.toContain('# Voorschot toeslagen 2026');
    expect(Buffer.from(briefPdf(nieuw, register)).equals(Buffer.from(briefPdf(oud, register)))).toBe(false);
  });

  it('refuses a version that does not exist, naming it', () => {
    const onbekend: Brief = { ...oud, sjabloon: { id: 'toeslagbrief', versie: 99 } };
    expect(() => briefPdf(onbekend)).toThrow(
      new BriefFout('ONBEKEND_SJABLOON', 'Sjabloon toeslagbrief versie 99 bestaat niet'),
    );
  });

  it('refuses a register with the same version twice', () => {
    expect(() => maakRegister([TOESLAGBRIEF_1, TOESLAGBRIEF_1])).toThrow(
      'sjabloon toeslagbrief@1 staat twee keer',
    );
  });
});

describe('incomplete letters', () => {
  it('names every problem with its path', () => {
    const b = voorschotBrief({ maxNiveau: 0 });
    const fout: Brief = {
      ...b,
      briefdatum: '2025-13-01',
      gegevens: {
        ...b.gegevens,
        soort: 'wijziging',
        betalingen: [{ datum: '2026-01-20', regeling: 'kinderopvangtoeslag', bedrag: eurocent(1.5) }],
      },
    };
    let gevangen: unknown;
    try {
      briefHtml(fout);
    } catch (e) {
      gevangen = e;
    }
    expect(gevangen).toBeInstanceOf(BriefFout);
    const f = gevangen as BriefFout;
    expect(f.soort).toBe('ONGELDIGE_BRIEF');
    expect(f.message).toContain('briefdatum: "2025-13-01" is geen datum JJJJ-MM-DD');
    expect(f.message).toContain('gegevens.toeslagen[0].vorig: een wijziging noemt het vorige besluit');
    expect(f.message).toContain('gegevens.betalingen[0].bedrag: geen bedrag in hele centen');
    expect(f.message).toContain(
      'gegevens.betalingen[0].regeling: kinderopvangtoeslag staat niet in dit besluit',
    );
  });
});

describe('text from the data cannot change the markup', () => {
  it('keeps quotes, brackets, hashes and backslashes as text in PDF and HTML', () => {
    const b = voorschotBrief({ maxNiveau: 0 });
    const naam = 'J. "de" [#Vries] \\ *x* <b>&';
    const brief: Brief = {
      ...b,
      gegevens: { ...b.gegevens, geadresseerde: { ...b.gegevens.geadresseerde, naam } },
    };
    const tekst = pdfTekst(bewaarPdf('tekens-in-naam', briefPdf(brief)));
    expect(tekst).toContain('Beste J. "de" [#Vries] \\ *x* <b>&,');
    const html = briefHtml(brief);
    expect(html).toContain('J. &quot;de&quot; [#Vries] \\ *x* &lt;b&gt;&amp;');
    expect(html).not.toContain('<b>&');
  });
});
