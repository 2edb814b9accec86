import { describe, expect, it } from 'vitest';
import { maandBoeking } from './maand';
import { BESLAGVRIJE_VOET } from './parameters';

const vraag = {
  maand: '2026-03',
  saldo: 200_000,
  betalenUiterlijk: '2026-02-12',
  inRegeling: false,
  toeslag: 15_000,
  inkomen: 200_000,
  leefsituatie: 'alleen' as const,
};

describe('what the monthly run books for one recovery', () => {
  it('interest over the whole month at the 2026 rate, then the offset on the balance with it', () => {
    const b = maandBoeking(vraag);
    expect(b.datum).toBe('2026-03-31');
    // 200,000 cents × 4.3% × 31/365 = 730.4 → 730 (rounded down).
    expect(b.rente).toEqual({ bedrag: 730, dagen: 31, tarief: 430, zonderTarief: false });
    expect(b.verrekening).toEqual({ bedrag: 15_000, reden: 'verrekend' });
  });
  it('a year without a cited rate books no interest and says so (no guessed rate)', () => {
    const b = maandBoeking({ ...vraag, maand: '2031-03', betalenUiterlijk: '2031-01-01' });
    expect(b.rente).toEqual({ bedrag: 0, dagen: 0, tarief: 0, zonderTarief: true });
    expect(b.verrekening.reden).toBe('verrekend');
  });
  it('interest only from the day after the last day to pay', () => {
    const b = maandBoeking({ ...vraag, betalenUiterlijk: '2026-03-21' });
    expect(b.rente.dagen).toBe(10);
  });
  it('no interest and no offset while the term runs or with a plan', () => {
    expect(maandBoeking({ ...vraag, betalenUiterlijk: '2026-03-31' })).toMatchObject({
      rente: { bedrag: 0 },
      verrekening: { bedrag: 0, reden: 'termijn-loopt' },
    });
    expect(maandBoeking({ ...vraag, inRegeling: true })).toMatchObject({
      rente: { bedrag: 0 },
      verrekening: { bedrag: 0, reden: 'in-regeling' },
    });
  });
  it('the offset never takes the income below the beslagvrije voet', () => {
    const inkomen = BESLAGVRIJE_VOET.alleen - 14_000; // room of € 10, below the € 20 minimum
    const b = maandBoeking({ ...vraag, inkomen });
    expect(b.verrekening).toEqual({ bedrag: 0, reden: 'beslagvrije-voet' });
    const ruim = maandBoeking({ ...vraag, inkomen: BESLAGVRIJE_VOET.alleen - 5_000 });
    expect(ruim.verrekening.bedrag).toBe(10_000);
    expect(BESLAGVRIJE_VOET.alleen - 5_000 + 15_000 - ruim.verrekening.bedrag).toBe(BESLAGVRIJE_VOET.alleen);
  });
  it('the offset takes no more than is open, interest included', () => {
    const b = maandBoeking({ ...vraag, saldo: 5_000, betalenUiterlijk: '2026-01-31' });
    expect(b.verrekening.bedrag).toBe(5_000 + b.rente.bedrag);
  });
});
