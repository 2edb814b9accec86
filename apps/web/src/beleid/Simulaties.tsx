/**
 * @module
 * The policy analyst's simulation pages (/beleid/simulaties): the shipped reforms with a button to
 * run one, and a run's page — its progress, then the result as tables (budget per toeslag,
 * recipients who gain, lose, start or stop, the five buckets per income decile and household type,
 * the waterfall, the workload), charts drawn on the server with their numbers as a table beside
 * each, and links to download the result. The tables are the result's own numbers (scaled to all
 * households where it says so).
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
import { GrafiekMetTabel } from './Grafiek';
import { grafiekenVan } from './grafieken';
import { VergelijkFormulier } from './Vergelijking';

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

export function SimulatieLijst({
  ctx,
  lijst,
  runs = [],
}: {
  ctx: PaginaContext;
  lijst: readonly HervormingKeuze[];
  runs?: readonly Omit<SimulatieStand, 'resultaat'>[];
}) {
  return (
    <Layout ctx={ctx} titel={t('beleid.titel')}>
      <Heading level={1}>{t('beleid.titel')}</Heading>
      <Paragraph>{t('beleid.intro')}</Paragraph>
      <Paragraph>
        <Link href="/beleid/scenarios">{t('beleid.scenarios.link')}</Link>
      </Paragraph>
      <Paragraph>
        <Link href="/beleid/jaar">{t('beleid.jaar.link')}</Link>
      </Paragraph>
      <Heading level={2}>{t('beleid.runs')}</Heading>
      {runs.length === 0 ? (
        <Paragraph>{t('beleid.runs.geen')}</Paragraph>
      ) : (
        <Tabel bijschrift={t('beleid.runs')} kolommen={kolommen('beleid.runs.kolommen')}>
          {runs.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link href={`/beleid/simulaties/${r.id}`}>{String(r.id)}</Link>
              </th>
              <td>{r.hervorming.naam}</td>
              <td>{t(`beleid.status.${r.status}`)}</td>
              <td>{r.gestart.slice(0, 16).replace('T', ' ')}</td>
            </tr>
          ))}
        </Tabel>
      )}
      <Heading level={2}>{t('beleid.vergelijk')}</Heading>
      <VergelijkFormulier runs={runs} />
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

/** A signed whole number: "+1.234", "-56", "0". */
function verschil(n: number): string {
  return n > 0 ? `+${getal(n)}` : getal(n);
}

/** A 95 % interval as "+12 tot +340" (signed), or "-" when it cannot be computed. */
function interval([laag, hoog]: [number, number], opmaak: (n: number) => string = verschil): string {
  return Number.isNaN(laag) ? '-' : `${opmaak(laag)} tot ${opmaak(hoog)}`;
}

const euroVerschil = (e: number) => opgehoogd(e * 100, 1, true);

export function MargeTabel({ r }: { r: Resultaat }) {
  const m = r.marges;
  return (
    <>
      <Heading level={2}>{t('beleid.marges')}</Heading>
      <Paragraph>{t('beleid.marges.intro', { steekproef: getal(m.steekproef) })}</Paragraph>
      <Tabel bijschrift={t('beleid.marges')} kolommen={kolommen('beleid.marges.kolommen')}>
        {m.regels.map((g) => (
          <tr key={`${g.regeling}-${g.grens}`} data-marge={`${g.regeling}-${g.grens}`}>
            <th scope="row">{g.naam}</th>
            <td>{t(`beleid.marges.grens.${g.grens}`)}</td>
            <td>{getal(g.opgehoogd.basis)}</td>
            <td>{getal(g.opgehoogd.hervorming)}</td>
            <td data-waarde={g.opgehoogd.kruist}>{getal(g.opgehoogd.kruist)}</td>
            <td>{interval(g.interval95.kruist, (n) => getal(Math.max(0, n)))}</td>
          </tr>
        ))}
      </Tabel>
    </>
  );
}

export function WerklastTabellen({ r }: { r: Resultaat }) {
  const w = r.werklast;
  const o = w.opgehoogd;
  const tb = w.terugvorderingen;
  const normen = [
    ...Object.entries(w.normen.urenPerZaak).map(
      ([code, n]) => `${code}: ${getal(n.waarde)} uur. ${n.aanname}`,
    ),
    ...(
      [
        ['brievenPerZaak', w.normen.brievenPerZaak],
        ['bezwaarKansLager', w.normen.bezwaarKansLager],
        ['bezwaarKansAnders', w.normen.bezwaarKansAnders],
        ['urenPerBezwaar', w.normen.urenPerBezwaar],
        ['belKansPerBrief', w.normen.belKansPerBrief],
        ['urenPerGesprek', w.normen.urenPerGesprek],
      ] as const
    ).map(([naam, n]) => `${naam}: ${getal(n.waarde)}. ${n.aanname}`),
  ];
  return (
    <>
      <Heading level={2}>{t('beleid.werklast')}</Heading>
      <Paragraph>
        {w.alleHuishoudens
          ? t('beleid.werklast.intro', { steekproef: getal(w.steekproef) })
          : t('beleid.werklast.intro.steekproef', {
              stap: getal(Math.round(r.huishoudens / w.steekproef)),
              steekproef: getal(w.steekproef),
              huishoudens: getal(r.huishoudens),
            })}
      </Paragraph>
      <Paragraph>{t('beleid.werklast.interval')}</Paragraph>
      <Tabel bijschrift={t('beleid.werklast')} kolommen={kolommen('beleid.werklast.kolommen')}>
        <tr data-werklast="zaken">
          <th scope="row">{t('beleid.werklast.zaken')}</th>
          <td>{getal(o.zakenBasis)}</td>
          <td>{getal(o.zakenHervorming)}</td>
          <td>{verschil(o.extraZaken)}</td>
          <td>{interval(o.extraZakenInterval95)}</td>
        </tr>
        <tr data-werklast="terug">
          <th scope="row">{t('beleid.werklast.terug')}</th>
          <td>{getal(tb.basis.groot)}</td>
          <td>{getal(tb.hervorming.groot)}</td>
          <td>{verschil(tb.verschilGroot)}</td>
          <td>{interval(tb.verschilGrootInterval95)}</td>
        </tr>
        <tr data-werklast="terugbedrag">
          <th scope="row">{t('beleid.werklast.terugbedrag')}</th>
          <td>{euro(tb.basis.bedrag * 100)}</td>
          <td>{euro(tb.hervorming.bedrag * 100)}</td>
          <td>{euroVerschil(tb.verschilBedrag)}</td>
          <td>{interval(tb.verschilBedragInterval95, euroVerschil)}</td>
        </tr>
      </Tabel>
      <Tabel
        bijschrift={t('beleid.werklast.gevolgen')}
        kolommen={kolommen('beleid.werklast.gevolgen.kolommen')}
      >
        {(
          [
            ['voorschot', o.voorschotWijzigt],
            ['beschikkingen', o.beschikkingenGewijzigd],
            ['lager', o.beschikkingenLager],
            ['brieven', o.brieven],
            ['bezwaren', o.bezwaren],
            ['gesprekken', o.gesprekken],
            ['uren', o.uren.totaal],
          ] as const
        ).map(([sleutel, n]) => (
          <tr key={sleutel} data-werklast={sleutel}>
            <th scope="row">{t(`beleid.werklast.${sleutel}`)}</th>
            <td>{getal(n)}</td>
          </tr>
        ))}
      </Tabel>
      <Paragraph>{t('beleid.werklast.schatting')}</Paragraph>
      <Paragraph>{t('beleid.werklast.aannames')}</Paragraph>
      <UnorderedList>
        {normen.map((n) => (
          <ListItem key={n}>{n}</ListItem>
        ))}
      </UnorderedList>
    </>
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
            <td>{o.start > 0 ? euro(o.gemiddeldNieuwPerMaand) : '-'}</td>
            <td>{o.stopt > 0 ? euro(o.gemiddeldGestoptPerMaand) : '-'}</td>
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
      <WerklastTabellen r={r} />
      <MargeTabel r={r} />
      <Heading level={2}>{t('beleid.grafieken')}</Heading>
      {grafiekenVan(r).map((g) => (
        <GrafiekMetTabel
          key={g.id}
          g={g}
          {...(g.id === 'winnaars'
            ? {
                legenda: r.emmers.namen.map(
                  (e) => [t(`beleid.emmer.${e}`), `rm-emmer-${e}`] as [string, string],
                ),
              }
            : {})}
        />
      ))}
      {r.hervorming.varianten.length > 0 ? (
        <>
          <Heading level={2}>{t('beleid.varianten')}</Heading>
          <UnorderedList>
            {r.hervorming.varianten.flatMap((v) => [
              <ListItem key={v.naam}>
                {v.titel}. {v.beschrijving}
              </ListItem>,
              ...v.waarden.map((x) => (
                <ListItem key={`${v.naam}-${x.naam}`}>
                  {t('beleid.varianten.waarde', {
                    naam: x.naam,
                    bedrag: euro(x.waarde),
                    voorstel: x.voorstel,
                    bron: x.bron,
                  })}
                </ListItem>
              )),
            ])}
          </UnorderedList>
        </>
      ) : null}
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
            <progress
              max={Math.max(1, s.totaal)}
              value={s.gedaan}
              aria-label={t('beleid.run.voortgang')}
              className="rm-voortgang"
            />
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
      {s.status === 'klaar' && s.resultaat ? (
        <>
          <Heading level={2}>{t('beleid.export')}</Heading>
          <UnorderedList>
            <ListItem>
              <Link href={`/beleid/simulaties/${s.id}/resultaat.json`}>{t('beleid.export.json')}</Link>
            </ListItem>
            <ListItem>
              <Link href={`/beleid/simulaties/${s.id}/resultaat.csv`}>{t('beleid.export.csv')}</Link>
            </ListItem>
          </UnorderedList>
          <ResultaatTabellen r={s.resultaat} />
        </>
      ) : null}
    </Layout>
  );
}
