/**
 * @module
 * From the household as written to the normalised Situatie the formulas read.
 */
import { eurosToCents, hoursToCentihours, parseCivilDate } from '@regelmaat/kernel';
import type { Huishouden } from './huishouden-schema';
import { maandenMetOverlap, maandenOpEersteDag, opvangCentiurenPerMaand, vanafGeboorte } from './maanden';
import {
  GEEN,
  OPVANG_SOORTEN,
  type OpvangSoort,
  type PersoonFeiten,
  type Situatie,
  VERDRAGSGERECHTIGD,
  VERZEKERD,
} from './situatie';

type PersoonInvoer = Huishouden['aanvrager'];

function persoon(p: PersoonInvoer): PersoonFeiten {
  return {
    geboorte: parseCivilDate(p.geboortedatum)!,
    inkomen: eurosToCents(p.toetsingsinkomen),
    vermogen: eurosToCents(p.vermogen),
    verzekering:
      p.zorgverzekering === 'verzekerd'
        ? VERZEKERD
        : p.zorgverzekering === 'verdragsgerechtigd'
          ? VERDRAGSGERECHTIGD
          : GEEN,
    woonland: p.woonland,
    rechtmatigVerblijf: p.rechtmatigVerblijf,
    arbeidseis: p.arbeidseis,
  };
}

export function normaliseer(h: Huishouden): Situatie {
  const jaar = h.berekeningsjaar;
  return {
    jaar,
    aanvrager: persoon(h.aanvrager),
    partner: h.toeslagpartner ? persoon(h.toeslagpartner) : null,
    partnerMaanden: h.toeslagpartner
      ? maandenOpEersteDag(jaar, h.toeslagpartner.vanaf, h.toeslagpartner.tot)
      : 0,
    kinderen: h.kinderen.map((k) => ({
      geboorte: parseCivilDate(k.geboortedatum)!,
      kinderbijslag: k.kinderbijslag,
      thuiswonend: k.thuiswonend,
      inkomen: eurosToCents(k.toetsingsinkomen),
      vermogen: eurosToCents(k.vermogen),
      maanden: maandenOpEersteDag(jaar, vanafGeboorte(k.geboortedatum, k.vanaf), k.tot),
    })),
    medebewoners: h.medebewoners.map((m) => ({
      geboorte: parseCivilDate(m.geboortedatum)!,
      inkomen: eurosToCents(m.toetsingsinkomen),
      vermogen: eurosToCents(m.vermogen),
      maanden: maandenOpEersteDag(jaar, vanafGeboorte(m.geboortedatum, m.vanaf), m.tot),
    })),
    huur: h.huur.map((r) => ({
      kaleHuur: eurosToCents(r.kaleHuur),
      servicekosten: eurosToCents(r.servicekosten),
      zelfstandig: r.zelfstandig,
      maanden: maandenOpEersteDag(jaar, r.vanaf, r.tot),
    })),
    opvang: h.kinderopvang.map((o) => {
      const centiuren = hoursToCentihours(o.urenPerMaand);
      const perMaand = opvangCentiurenPerMaand(jaar, centiuren, o.vanaf, o.tot);
      return {
        kind: o.kind,
        soort: OPVANG_SOORTEN.indexOf(o.soort) as OpvangSoort,
        centiuren,
        ...(perMaand ? { centiurenPerMaand: perMaand } : {}),
        uurprijs: eurosToCents(o.uurprijs),
        geregistreerd: o.geregistreerd,
        maanden: maandenMetOverlap(jaar, o.vanaf, o.tot),
      };
    }),
  };
}
