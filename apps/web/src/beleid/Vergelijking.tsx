/**
 * @module
 * Two runs side by side (/beleid/simulaties/vergelijk?a=…&b=…): per toeslag the change of the
 * budget, the winners and losers, and the workload, scaled to all households, each figure the
 * result's own. Also the form that chooses two finished runs.
 */
import type { SimulatieStand } from '@regelmaat/diensten';
import type { Resultaat } from '@regelmaat/simulatie';
import { Link } from '@utrecht/link-react';
import { Knoppen, Verzendknop } from '../components/formulier';
import { Layout, type PaginaContext } from '../components/Layout';
import { Heading, Paragraph } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { Keuzelijst } from '../components/velden';
import { euro, getal } from '../opmaak';
import { t } from '../teksten';

export interface VergelijkRegel {
  readonly sleutel: string;
  readonly naam: string;
  readonly soort: 'euro' | 'getal';
  readonly waarde: (r: Resultaat) => number;
}

const ophoog = (r: Resultaat, n: number) => Math.round(n * r.ophoogfactor);

/** The rows of the comparison: one figure of each result per row (scaled where the name says so). */
export function vergelijkRegels(a: Resultaat): VergelijkRegel[] {
  return [
    ...a.begroting.map(
      (b): VergelijkRegel => ({
        sleutel: `begroting-${b.regeling}`,
        naam: t('beleid.vergelijk.begroting', { naam: b.naam }),
        soort: 'euro',
        waarde: (r) => r.begroting.find((x) => x.regeling === b.regeling)!.opgehoogdVerschil,
      }),
    ),
    ...(['winst-groot', 'winst-klein', 'gelijk', 'verlies-klein', 'verlies-groot'] as const).map(
      (e): VergelijkRegel => ({
        sleutel: `emmer-${e}`,
        naam: t('beleid.vergelijk.emmer', { emmer: t(`beleid.emmer.${e}`) }),
        soort: 'getal',
        waarde: (r) => ophoog(r, r.emmers.totaal[e]),
      }),
    ),
    {
      sleutel: 'zaken',
      naam: t('beleid.werklast.zaken'),
      soort: 'getal',
      waarde: (r) => r.werklast.opgehoogd.extraZaken,
    },
    {
      sleutel: 'voorschot',
      naam: t('beleid.werklast.voorschot'),
      soort: 'getal',
      waarde: (r) => r.werklast.opgehoogd.voorschotWijzigt,
    },
    {
      sleutel: 'brieven',
      naam: t('beleid.werklast.brieven'),
      soort: 'getal',
      waarde: (r) => r.werklast.opgehoogd.brieven,
    },
    {
      sleutel: 'bezwaren',
      naam: t('beleid.werklast.bezwaren'),
      soort: 'getal',
      waarde: (r) => r.werklast.opgehoogd.bezwaren,
    },
    {
      sleutel: 'uren',
      naam: t('beleid.werklast.uren'),
      soort: 'getal',
      waarde: (r) => r.werklast.opgehoogd.uren.totaal,
    },
    {
      sleutel: 'terug',
      naam: t('beleid.vergelijk.terug'),
      soort: 'getal',
      waarde: (r) => r.werklast.terugvorderingen.hervorming.groot - r.werklast.terugvorderingen.basis.groot,
    },
  ];
}

function toon(n: number, soort: 'euro' | 'getal'): string {
  const s = soort === 'euro' ? euro(n * 100) : getal(n);
  return n > 0 && soort === 'euro' ? `+${s}` : s;
}

export function VergelijkPagina({ ctx, a, b }: { ctx: PaginaContext; a: SimulatieStand; b: SimulatieStand }) {
  const titel = t('beleid.vergelijk.titel', { a: String(a.id), b: String(b.id) });
  const ra = a.resultaat!;
  const rb = b.resultaat!;
  const kop = (s: SimulatieStand) => `${s.id}: ${s.hervorming.naam}`;
  return (
    <Layout ctx={ctx} titel={titel}>
      <Paragraph>
        <Link href="/beleid/simulaties">{t('beleid.terug')}</Link>
      </Paragraph>
      <Heading level={1}>{titel}</Heading>
      <Paragraph>{t('beleid.vergelijk.uitleg')}</Paragraph>
      <Tabel bijschrift={titel} kolommen={[t('beleid.vergelijk.onderwerp'), kop(a), kop(b)]}>
        {vergelijkRegels(ra).map((r) => (
          <tr key={r.sleutel} data-regel={r.sleutel}>
            <th scope="row">{r.naam}</th>
            <td data-waarde={r.waarde(ra)}>{toon(r.waarde(ra), r.soort)}</td>
            <td data-waarde={r.waarde(rb)}>{toon(r.waarde(rb), r.soort)}</td>
          </tr>
        ))}
      </Tabel>
    </Layout>
  );
}

/** The form on the list page: two finished runs to compare. */
export function VergelijkFormulier({ runs }: { runs: readonly Omit<SimulatieStand, 'resultaat'>[] }) {
  const klaar = runs.filter((r) => r.status === 'klaar');
  if (klaar.length < 2) return <Paragraph>{t('beleid.vergelijk.te-weinig')}</Paragraph>;
  const keuzes = klaar.map((r) => ({ waarde: String(r.id), label: `${r.id}: ${r.hervorming.naam}` }));
  return (
    <form method="get" action="/beleid/simulaties/vergelijk">
      <Keuzelijst name="a" label={t('beleid.vergelijk.a')} keuzes={keuzes} value={keuzes[1]!.waarde} />
      <Keuzelijst name="b" label={t('beleid.vergelijk.b')} keuzes={keuzes} value={keuzes[0]!.waarde} />
      <Knoppen>
        <Verzendknop>{t('beleid.vergelijk.knop')}</Verzendknop>
      </Knoppen>
    </form>
  );
}
