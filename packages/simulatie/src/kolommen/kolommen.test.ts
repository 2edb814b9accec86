import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { huishoudenUitFeiten } from '@regelmaat/dossier';
import { alsDossier, genereerHuishouden, kalender } from '@regelmaat/populatie';
import { afterAll, describe, expect, it } from 'vitest';
import { leesMomentopname, schrijfMomentopname } from './bestand';
import { huishoudinkomen } from './bouwer';
import { SituatieLezer } from './lezer';
import { genereerMomentopname } from './uit-populatie';

const map = mkdtempSync(join(tmpdir(), 'regelmaat-kolommen-'));
afterAll(() => rmSync(map, { recursive: true, force: true }));

describe('the columnar snapshot', () => {
  const p = genereerMomentopname({ jaar: 2026, huishoudens: 3_000, seed: 7 });

  it('gives back every generated household exactly as the dossier builds it', () => {
    const lezer = new SituatieLezer(p.kolommen, p.kop);
    const { voorschotOp } = kalender(2026);
    let i = 0;
    let metOpvang = 0;
    let metPartner = 0;
    for (let g = 0; g < 3_000; g++) {
      const d = huishoudenUitFeiten(alsDossier(genereerHuishouden(7, g, 2026), 2026, voorschotOp).feiten, {
        jaar: 2026,
        variant: 'schatting',
      });
      if (d.situatie === null) continue;
      const gelezen = lezer.lees(i++);
      expect(JSON.parse(JSON.stringify(gelezen))).toEqual(JSON.parse(JSON.stringify(d.situatie)));
      if (d.situatie.opvang.length > 0) metOpvang++;
      if (d.situatie.partner) metPartner++;
    }
    expect(i).toBe(p.kop.aantallen.huishouden);
    expect(i + p.kop.overgeslagen).toBe(3_000);
    console.log(
      `kolommen: ${i} huishoudens terug gelezen, ${metOpvang} met opvang, ${metPartner} met partner`,
    );
    expect(metOpvang).toBeGreaterThan(10);
  });

  it('puts a tenth of the households in each decile, ordered by income', () => {
    const n = p.kop.aantallen.huishouden;
    const per = new Array(10).fill(0);
    const hoogste = new Array(10).fill(-Infinity);
    const laagste = new Array(10).fill(Infinity);
    for (let i = 0; i < n; i++) {
      const d = p.kolommen.decile[i]!;
      per[d]++;
      hoogste[d] = Math.max(hoogste[d], huishoudinkomen(p.kolommen, i));
      laagste[d] = Math.min(laagste[d], huishoudinkomen(p.kolommen, i));
    }
    for (let d = 0; d < 10; d++) expect(Math.abs(per[d] - n / 10)).toBeLessThanOrEqual(1);
    for (let d = 1; d < 10; d++) expect(laagste[d]).toBeGreaterThanOrEqual(hoogste[d - 1]);
  });

  it('survives the file: the same header and the same bytes', () => {
    const pad = join(map, 'p.bin');
    schrijfMomentopname(pad, p);
    const terug = leesMomentopname(pad);
    expect(terug.kop).toEqual(p.kop);
    expect(terug.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Buffer.from(new Uint8Array(terug.buffer)).equals(Buffer.from(new Uint8Array(p.buffer)))).toBe(
      true,
    );
    expect(() => leesMomentopname(join(import.meta.dirname, 'indeling.ts'))).toThrow(/geen momentopname/);
  });
});
