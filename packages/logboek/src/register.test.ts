import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACTIVITEIT_IDS, activiteitId } from './activiteiten';
import { ACTIVITEITEN, activiteit, leesRegister, RegisterFout } from './register';

const TEKST = readFileSync(
  fileURLToPath(new URL('../verwerkingsactiviteiten.yaml', import.meta.url)),
  'utf8',
);

describe('the register of processing activities', () => {
  it('describes exactly the ids in code, each with purpose, legal ground, data and retention', () => {
    expect(ACTIVITEITEN.map((a) => a.id).sort()).toEqual([...ACTIVITEIT_IDS].sort());
    for (const a of ACTIVITEITEN) {
      expect(a.id).toMatch(/^https:\/\/regelmaat\.example\/verwerkingsactiviteiten\/[a-z-]+$/);
      expect(a.grondslag.length).toBeGreaterThan(0);
      expect(
        a.grondslag.some((g) => g.wet === 'AVG'),
        a.id,
      ).toBe(true);
      expect(a.bewaartermijn).toMatch(/^P\d+Y$/);
    }
  });

  it('covers the activities the brief asks for', () => {
    for (const s of [
      'toeslag-berekenen',
      'dossier-inzien',
      'wijziging-melden',
      'voorschot-vaststellen',
      'definitief-vaststellen',
      'zaak-behandelen',
      'maatwerk-vastleggen',
      'contact-vastleggen',
      'partner-feit-melden',
      'logboek-inzien-auditor',
      'eigen-logboek-inzien',
      'werkvoorraad-inzien',
      'signaal-melden',
    ] as const)
      expect(activiteit(activiteitId(s)).naam.length).toBeGreaterThan(5);
  });

  it('holds no nationality or ethnicity in any category of data', () => {
    for (const a of ACTIVITEITEN)
      for (const c of a.categorieenGegevens) expect(c).not.toMatch(/nationalit|etnic|afkomst|geboorteland/i);
  });

  it('refuses a register with an unknown, missing or doubled id, or a bad field', () => {
    expect(() => leesRegister(TEKST.replace('/toeslag-berekenen', '/toeslag-raden'))).toThrow(
      /activiteiten\[0\]\.id: .*toeslag-raden staat niet in ACTIVITEIT_IDS/,
    );
    const zonderLaatste = TEKST.slice(0, TEKST.lastIndexOf('  - id:'));
    expect(() => leesRegister(zonderLaatste)).toThrow(/ontbreekt in het register: .*bericht-inzien/);
    expect(() => leesRegister(`${TEKST}\n${TEKST.slice(TEKST.lastIndexOf('  - id:'))}`)).toThrow(/twee keer/);
    expect(() => leesRegister(TEKST.replace('bewaartermijn: P2Y', 'bewaartermijn: 2 jaar'))).toThrow(
      /bewaartermijn: verwacht een ISO 8601-duur/,
    );
    expect(() => leesRegister(TEKST.replace(/doel: Een burger ziet.*/, 'doel: ""'))).toThrow(
      /activiteiten\[15\]\.doel: verwacht een niet-lege tekst/,
    );
    expect(() => leesRegister(TEKST.replace('    naam: Dossier inzien', '    name: Dossier inzien'))).toThrow(
      /activiteiten\[1\]\.name: onbekend veld/,
    );
    expect(() => leesRegister('activiteiten: []')).toThrow(RegisterFout);
  });
});
