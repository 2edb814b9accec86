/**
 * @module
 * The measurements of one simulated variant, read after the year from the product's own records:
 * the definitive decisions with their settlements (beschikking store), the payments made, the
 * cases the staff saw and handled (`personeel.ts`), and the messages. The read of every household's
 * decisions is personal data: it is logged once for everyone read, as the simulation's actor.
 */
import {
  type BeschikkingVersie,
  beschikkingenVan,
  betalingenVan,
  geldende,
  vereffeningVan,
} from '@regelmaat/beschikking';
import type { SimHuishouden } from './gebeurtenissen';
import {
  type Spreiding,
  spreiding,
  type Telling,
  type TerugvorderingGroep,
  type VariantNaam,
  type VariantResultaat,
  type ZaaksoortWacht,
} from './resultaat';
import type { VariantVerloop } from './variant';
import { logSimulatie } from './verwerkingslog';

interface PerHuishouden {
  h: SimHuishouden;
  terug: number;
  nabetaling: number;
  onderbetaling: number;
  brieven: number;
  aangehouden: number;
  definitief: BeschikkingVersie[];
}

const dagen = (van: string, tot: string) => Math.round((Date.parse(tot) - Date.parse(van)) / 86_400_000);

/** Calendar days from one moment to another, at least 0, counted in whole days. */
const dagenTussen = (van: string, tot: string) => Math.max(0, dagen(van.slice(0, 10), tot.slice(0, 10)));

const telling = (bedragen: readonly number[]): Telling => ({
  aantal: bedragen.length,
  som: bedragen.reduce((a, b) => a + b, 0),
});

function groep(naam: string, lijst: readonly PerHuishouden[]): TerugvorderingGroep {
  const terug = lijst.map((x) => x.terug).filter((t) => t > 0);
  return {
    groep: naam,
    huishoudens: lijst.length,
    terugvorderingen: telling(terug),
    vanaf1000: telling(terug.filter((t) => t >= 100_000)),
  };
}

/** The household's estimated income at the start of the year (its decile is by this). */
function geschatInkomen(h: SimHuishouden): number {
  const s = h.sh.schatting;
  return s.aanvrager.toetsingsinkomen + (s.toeslagpartner?.toetsingsinkomen ?? 0);
}

/** The first day the household's situation differed from its application (its first event). */
function eersteGebeurtenis(h: SimHuishouden, jaar: number): string | undefined {
  const data = h.gebeurtenissen.map((g) =>
    g.soort === 'inkomen' ? `${jaar}-${String(g.maand).padStart(2, '0')}-01` : g.datum,
  );
  return data.sort()[0];
}

export async function meet(
  v: VariantVerloop,
  variant: VariantNaam,
  huishoudens: readonly SimHuishouden[],
  jaar: number,
): Promise<VariantResultaat> {
  const { o, personeel } = v;
  const start = o.klok();
  const per: PerHuishouden[] = [];
  for (const h of huishoudens) {
    const id = h.sh.index + 1;
    const alle = await beschikkingenVan(o.db, id);
    const definitief = [...geldende(alle, jaar, 'definitief').values()];
    const betaald = await betalingenVan(o.db, id, jaar);
    let terug = 0;
    let nabetaling = 0;
    let onderbetaling = 0;
    for (const b of definitief) {
      const vereffening = await vereffeningVan(o.db, b.id);
      terug += vereffening?.terugTeVorderen ?? 0;
      nabetaling += vereffening?.teBetalen ?? 0;
      const maanden = betaald.get(b.regeling) ?? [];
      b.maandbedragen.forEach((bedrag, m) => {
        onderbetaling += Math.max(0, bedrag - (maanden[m] ?? 0));
      });
    }
    per.push({
      h,
      terug,
      nabetaling,
      onderbetaling,
      brieven: alle.filter((b) => b.jaar === jaar).length,
      aangehouden: definitief.filter((b) => b.status === 'aangehouden').length,
      definitief,
    });
  }
  await logSimulatie(
    o,
    'terugvordering-inzien',
    `jaarsimulatie ${variant}: uitkomsten meten`,
    huishoudens,
    start,
  );

  const terug = per.map((x) => x.terug).filter((t) => t > 0);
  const typen = [...new Set(per.map((x) => x.h.sh.type))].sort();
  const opInkomen = [...per].sort((a, b) => geschatInkomen(a.h) - geschatInkomen(b.h));
  const decielen = Array.from({ length: 10 }, (_, d) =>
    groep(
      String(d + 1),
      opInkomen.slice(Math.floor((d * per.length) / 10), Math.floor(((d + 1) * per.length) / 10)),
    ),
  );

  const zaken = [...personeel.zaken.values()];
  const eerste = new Map(per.map((x) => [x.h.sh.index + 1, eersteGebeurtenis(x.h, jaar)]));
  const totZaak: number[] = [];
  for (const z of zaken) {
    const e = eerste.get(z.huishoudenId);
    if (e && e <= z.geopendOp.slice(0, 10)) totZaak.push(dagenTussen(e, z.geopendOp));
  }
  const perSoort = new Map<string, typeof zaken>();
  for (const z of zaken) perSoort.set(z.soort, [...(perSoort.get(z.soort) ?? []), z]);
  const wacht: ZaaksoortWacht[] = [...perSoort]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([soort, lijst]) => ({
      soort,
      geopend: lijst.length,
      afgerond: lijst.filter((z) => z.afgerondOp).length,
      doorlooptijd: duur(lijst, (z) => z.afgerondOp),
    }));

  // ETA: the days the case took against the days its expected date said, when it was first seen.
  const metEta = zaken.filter((z) => z.verwachtKlaar && z.afgerondOp);
  const binnen = metEta.filter((z) => {
    const verwacht = dagen(z.gezienOp, z.verwachtKlaar!) + 1;
    const echt = dagen(z.gezienOp, z.afgerondOp!.slice(0, 10)) + 1;
    return Math.abs(echt - verwacht) <= 0.2 * verwacht;
  }).length;

  const medewerkers = [...personeel.medewerkers.values()].reduce((a, b) => a + b, 0);
  const afgerond = zaken.filter((z) => z.afgerondOp).length;
  const brieven = per.reduce((a, x) => a + x.brieven, 0);
  const n = Math.max(1, huishoudens.length);
  return {
    variant,
    huishoudens: huishoudens.length,
    terugvorderingen: {
      alle: telling(terug),
      vanaf1000: telling(terug.filter((t) => t >= 100_000)),
      vanaf1500: telling(terug.filter((t) => t >= 150_000)),
      perHuishoudtype: typen.map((t) =>
        groep(
          t,
          per.filter((x) => x.h.sh.type === t),
        ),
      ),
      perInkomensdeciel: decielen,
    },
    nabetalingen: telling(per.map((x) => x.nabetaling).filter((b) => b > 0)),
    onderbetaling: telling(per.map((x) => x.onderbetaling).filter((b) => b > 0)),
    aangehouden: per.reduce((a, x) => a + x.aangehouden, 0),
    tijdTotHulp: {
      totZaak: spreiding(totZaak),
      totContact: duur(zaken, (z) => z.eersteContactOp),
      totBesluit: duur(zaken, (z) => z.afgerondOp),
    },
    perZaaksoort: wacht,
    medewerkers,
    zakenPerMedewerker: Math.round((afgerond / Math.max(1, medewerkers)) * 10) / 10,
    contacten: {
      berichten: v.berichten,
      gesprekken: personeel.gesprekken,
      brieven,
      perHuishouden: {
        berichten: v.berichten / n,
        gesprekken: personeel.gesprekken / n,
        brieven: brieven / n,
      },
    },
    meldingen: v.meldingen,
    zakenNaBesluit: v.zakenNaBesluit,
    eta: {
      gemeten: metEta.length,
      binnen20Procent: binnen,
      aandeel: metEta.length ? binnen / metEta.length : 0,
    },
    invordering: v.invordering,
    secondenPerMaand: v.secondenPerMaand,
  };
}

function duur<T extends { geopendOp: string }>(
  lijst: readonly T[],
  tot: (z: T) => string | undefined,
): Spreiding {
  return spreiding(lijst.flatMap((z) => (tot(z) ? [dagenTussen(z.geopendOp, tot(z)!)] : [])));
}
