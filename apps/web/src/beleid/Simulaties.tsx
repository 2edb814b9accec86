/**
 * @module
 * The policy analyst's simulation pages (/beleid/simulaties): the shipped reforms with a button to
 * run one, and a run's page — its progress, then the result as tables (budget per toeslag,
 * recipients who gain, lose, start or stop, the five buckets per income decile and household type,
 * the waterfall). The tables are the result's own numbers (scaled to all households where it says
 * so); charts are not built yet.
 */
import type { SimulatieStand } from '@regelmaat/diensten';
import type { GroepRegel, Resultaat } from '@regelmaat/simulatie';
import { Link } from '@utrecht/link-react';
import { Knoppen, PostFormulier, Verzendknop } from '../components/formulier';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, ListItem, Paragraph, UnorderedList } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { euro, getal } from '../opmaak';
import { t } from '../teksten';

export interface HervormingKeuze {
  naam: string;
  titel: string;
  beschrijving: string;
  onderdelen: string[];
}

const kolommen = (sleutel: Parameters<typeof t>[0]) => t(sleutel).split('|');

/** Whole euros a year, scaled by `factor`, with a sign for a change. */
function opgehoogd(centen: number, factor: number, teken = false): string {
  const c = Math.round((centen * factor) / 100) * 100;
  return teken && c > 0 ? `+${euro(c)}` : euro(c);
}

export function SimulatieLijst({ ctx, lijst }: { ctx: PaginaContext; lijst: readonly HervormingKeuze[] }) {
  return (
    <Layout ctx={ctx} titel={t('beleid.titel')}>
      <Heading level={1}>{t('beleid.titel')}</Heading>
      <Paragraph>{t('beleid.intro')}</Paragraph>
      <Heading level={2}>{t('beleid.kiezen')}</Heading>
      {lijst.map((h) => (
        <section key={h.naam} aria-labelledby={`h-${h.naam}`} className="rm-sectie">
          <Heading level={3} id={`h-${h.naam}`}>
            {h.titel}
          </Heading>
          <Paragraph>{h.beschrijving}</Paragraph>
          <Paragraph>{t('beleid.onderdelen', { onderdelen: h.onderdelen.join('; ') })}</Paragraph>
          <PostFormulier action="/beleid/simulaties" csrf={ctx.csrf}>
            <input type="hidden" name="hervorming" value={h.naam} />
            <Knoppen>
              <Verzendknop>{`${t('beleid.start')}: ${h.titel}`}</Verzendknop>
            </Knoppen>
          </PostFormulier>
        </section>
      ))}
    </Layout>
  );
}

function GroepTabel({ titel, groepen, r }: { titel: string; groepen: readonly GroepRegel[]; r: Resultaat }) {
  return (
    <Tabel bijschrift={titel} kolommen={kolommen('beleid.emmers.kolommen')}>
      {groepen.map((g) => (
        <tr key={g.groep}>
          <th scope="row">{g.groep}</th>
          {r.emmers.namen.map((e) => (
            <td key={e} data-emmer={e}>
              {g.huishoudens > 0 ? `${getal(Math.round((1000 * g.emmers[e]) / g.huishoudens) / 10)}%` : '-'}
            </td>
          ))}
          <td>{opgehoogd(g.gemiddeldeVerandering, 1, true)}</td>
        </tr>
      ))}
    </Tabel>
  );
}

function ResultaatTabellen({ r }: { r: Resultaat }) {
  const f = r.ophoogfactor;
  return (
    <>
      <Paragraph>
        {t('beleid.run.basis', {
          huishoudens: getal(r.huishoudens),
          factor: getal(Math.round(f * 100) / 100),
        })}
      </Paragraph>
      <Heading level={2}>{t('beleid.begroting')}</Heading>
      <Tabel bijschrift={t('beleid.begroting')} kolommen={kolommen('beleid.begroting.kolommen')}>
        {r.begroting.map((b) => (
          <tr key={b.regeling} data-regeling={b.regeling}>
            <th scope="row">{b.naam}</th>
            <td>{opgehoogd(b.basis, f)}</td>
            <td>{opgehoogd(b.hervorming, f)}</td>
            <td data-verschil={b.verschil}>{opgehoogd(b.verschil, f, true)}</td>
            <td>{b.regeling === 'totaal' ? '-' : getal(Math.round(b.ontvangersBasis * f))}</td>
            <td>{b.regeling === 'totaal' ? '-' : getal(Math.round(b.ontvangersHervorming * f))}</td>
          </tr>
        ))}
      </Tabel>
      <Heading level={2}>{t('beleid.ontvangers')}</Heading>
      <Tabel bijschrift={t('beleid.ontvangers')} kolommen={kolommen('beleid.ontvangers.kolommen')}>
        {r.ontvangers.map((o) => (
          <tr key={o.regeling}>
            <th scope="row">{o.naam}</th>
            <td>{getal(Math.round(o.wint * f))}</td>
            <td>{getal(Math.round(o.verliest * f))}</td>
            <td>{getal(Math.round(o.start * f))}</td>
            <td>{getal(Math.round(o.stopt * f))}</td>
          </tr>
        ))}
      </Tabel>
      <Heading level={2}>{t('beleid.decielen')}</Heading>
      <GroepTabel titel={t('beleid.decielen')} groepen={r.emmers.perDeciel} r={r} />
      <Heading level={2}>{t('beleid.typen')}</Heading>
      <GroepTabel titel={t('beleid.typen')} groepen={r.emmers.perType} r={r} />
      <Heading level={2}>{t('beleid.waterval')}</Heading>
      <Tabel bijschrift={t('beleid.waterval')} kolommen={kolommen('beleid.waterval.kolommen')}>
        {r.waterval.map((w) => (
          <tr key={w.naam}>
            <th scope="row">{w.naam}</th>
            <td>{opgehoogd(w.totaal, f, true)}</td>
          </tr>
        ))}
      </Tabel>
      {r.hervorming.beperkingen.length > 0 ? (
        <>
          <Heading level={2}>{t('beleid.beperkingen')}</Heading>
          <UnorderedList>
            {r.hervorming.beperkingen.map((b) => (
              <ListItem key={b}>{b}</ListItem>
            ))}
          </UnorderedList>
        </>
      ) : null}
      <Paragraph>{t('beleid.statisch')}</Paragraph>
    </>
  );
}

export function SimulatiePagina({ ctx, stand: s }: { ctx: PaginaContext; stand: SimulatieStand }) {
  const titel = t('beleid.run.titel', { id: s.id, naam: s.hervorming.naam });
  return (
    <Layout ctx={ctx} titel={titel}>
      <Paragraph>
        <Link href="/beleid/simulaties">{t('beleid.terug')}</Link>
      </Paragraph>
      <Heading level={1}>{titel}</Heading>
      {s.status === 'wacht' || s.status === 'bezig' ? (
        <>
          <Alert type="info" role="status">
            <Paragraph>
              {s.status === 'wacht'
                ? t('beleid.run.wacht')
                : t('beleid.run.bezig', { gedaan: getal(s.gedaan), totaal: getal(s.totaal) })}
            </Paragraph>
          </Alert>
          <Paragraph>
            <Link href={`/beleid/simulaties/${s.id}`}>{t('beleid.run.bijwerken')}</Link>
          </Paragraph>
        </>
      ) : null}
      {s.status === 'mislukt' ? (
        <Alert type="warning" role="alert">
          <Paragraph>{t('beleid.run.mislukt', { melding: s.melding ?? '' })}</Paragraph>
        </Alert>
      ) : null}
      {s.status === 'klaar' && s.resultaat ? <ResultaatTabellen r={s.resultaat} /> : null}
    </Layout>
  );
}
