/**
 * @module
 * The policy analyst's year simulation (/beleid/jaar, issue 20): a form (households, variants,
 * seed), the runs this server keeps, and a run's page — its progress in simulated months, then the
 * goal per variant in words, recoveries ≥ € 1,000 and ≥ € 1,500 side by side (chart and table), time
 * to help, the time per case type, contacts per household and how often the ETA was right. Every
 * number is the result's own; each cell carries it in `data-waarde` so a test can hold it against
 * the API.
 */
import type { JaarsimulatieStand } from '@regelmaat/diensten';
import type { JaarResultaat, Spreiding, VariantResultaat } from '@regelmaat/jaarsimulatie';
import { Link } from '@utrecht/link-react';
import { Foutensamenvatting, type VeldFout } from '../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../components/formulier';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, ListItem, Paragraph, UnorderedList } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { foutVoor, Tekstveld, Veldgroep } from '../components/velden';
import { euro, getal, moment } from '../opmaak';
import { type TekstKey, t } from '../teksten';
import { soortNaam } from '../werkplek/weergave';
import { GrafiekMetTabel } from './Grafiek';
import { JAAR_LEGENDA_KLASSEN, terugvorderingGrafiek } from './jaar-grafiek';

const kolommen = (sleutel: TekstKey) => t(sleutel).split('|');
const variantNaam = (v: string) => t(`beleid.jaar.variant.${v}` as TekstKey);
/** The short name in tables and the chart; the page explains each variant once. */
const kort = (v: string) => t(`beleid.jaar.kort.${v}` as TekstKey);
/** A share 0–1 as a whole or one-decimal percentage. */
const procent = (aandeel: number) => getal(Math.round(aandeel * 1000) / 10);
const dagen = (n: number) => getal(Math.round(n * 10) / 10);
const perHuishouden = (n: number) => getal(Math.round(n * 100) / 100);

export interface JaarFormulierWaarden {
  huishoudens: string;
  seed: string;
  varianten: readonly string[];
}

export function JaarLijst({
  ctx,
  runs,
  varianten,
  fouten = [],
  waarden,
}: {
  ctx: PaginaContext;
  runs: readonly Omit<JaarsimulatieStand, 'resultaat'>[];
  varianten: readonly string[];
  fouten?: readonly VeldFout[];
  waarden?: JaarFormulierWaarden;
}) {
  const w = waarden ?? { huishoudens: '200', seed: '1', varianten };
  const f = foutVoor(fouten);
  return (
    <Layout ctx={ctx} titel={t('beleid.jaar.titel')} heeftFouten={fouten.length > 0}>
      <Heading level={1}>{t('beleid.jaar.titel')}</Heading>
      <Paragraph>{t('beleid.jaar.intro')}</Paragraph>
      <Foutensamenvatting fouten={fouten} />
      <Heading level={2}>{t('beleid.jaar.formulier')}</Heading>
      <PostFormulier action="/beleid/jaar" csrf={ctx.csrf}>
        <Tekstveld
          name="huishoudens"
          label={t('beleid.jaar.huishoudens')}
          beschrijving={t('beleid.jaar.huishoudens.uitleg')}
          value={w.huishoudens}
          fout={f('huishoudens')}
          inputMode="numeric"
          breedte={8}
          verplicht
        />
        <Veldgroep
          legend={t('beleid.jaar.varianten')}
          beschrijving={t('beleid.jaar.varianten.uitleg')}
          uitlegId="varianten-uitleg"
        >
          {f('varianten') ? (
            <p className="utrecht-form-field-error-message" id="varianten-fout">
              {f('varianten')}
            </p>
          ) : null}
          {varianten.map((v) => (
            <div key={v} className="utrecht-form-field utrecht-form-field--checkbox">
              <input
                type="checkbox"
                name="varianten"
                value={v}
                id={`variant-${v}`}
                defaultChecked={w.varianten.includes(v)}
                className="utrecht-checkbox utrecht-checkbox--html-input"
              />{' '}
              <label htmlFor={`variant-${v}`}>{variantNaam(v)}</label>
            </div>
          ))}
        </Veldgroep>
        <Tekstveld
          name="seed"
          label={t('beleid.jaar.seed')}
          beschrijving={t('beleid.jaar.seed.uitleg')}
          value={w.seed}
          fout={f('seed')}
          inputMode="numeric"
          breedte={12}
          verplicht
        />
        <Knoppen>
          <Verzendknop>{t('beleid.jaar.start')}</Verzendknop>
        </Knoppen>
      </PostFormulier>
      <Heading level={2}>{t('beleid.jaar.runs')}</Heading>
      {runs.length === 0 ? (
        <Paragraph>{t('beleid.jaar.runs.geen')}</Paragraph>
      ) : (
        <Tabel bijschrift={t('beleid.jaar.runs')} kolommen={kolommen('beleid.jaar.runs.kolommen')}>
          {runs.map((r) => (
            <tr key={r.id} data-jaarsimulatie={r.id}>
              <th scope="row">
                <Link href={`/beleid/jaar/${r.id}`}>{String(r.id)}</Link>
              </th>
              <td>{getal(r.huishoudens)}</td>
              <td>{r.varianten.join(', ')}</td>
              <td>{String(r.seed)}</td>
              <td>{t(`beleid.status.${r.status}`)}</td>
              <td>{moment(r.gestart)}</td>
            </tr>
          ))}
        </Tabel>
      )}
      <Paragraph>
        <Link href="/beleid/simulaties">{t('beleid.terug')}</Link>
      </Paragraph>
    </Layout>
  );
}

/** The goal line of one variant in words, true for the numbers it states. */
function Doel({ v, basis }: { v: VariantResultaat; basis: VariantResultaat | undefined }) {
  const naam = kort(v.variant);
  if (v === basis) return <ListItem>{t('beleid.jaar.doel.basis', { variant: naam })}</ListItem>;
  if (!basis) return <ListItem>{t('beleid.jaar.doel.zonderBasis', { variant: naam })}</ListItem>;
  const b = basis.terugvorderingen.vanaf1000.aantal;
  const a = v.terugvorderingen.vanaf1000.aantal;
  if (b === 0) return <ListItem>{t('beleid.jaar.doel.geenVergelijking', { variant: naam })}</ListItem>;
  const verschil = (a - b) / b;
  const onderbetalingOk = v.onderbetaling.som <= basis.onderbetaling.som;
  const zakenOk = v.zakenNaBesluit.besluitAlVerstuurd === 0;
  const gehaald = verschil <= -0.5 && onderbetalingOk && zakenOk;
  return (
    <li className="utrecht-unordered-list__item" data-doel={v.variant} data-gehaald={String(gehaald)}>
      <strong>
        {t(gehaald ? 'beleid.jaar.doel.gehaald' : 'beleid.jaar.doel.nietGehaald', { variant: naam })}
      </strong>{' '}
      {t(verschil <= 0 ? 'beleid.jaar.doel.minder' : 'beleid.jaar.doel.meer', {
        aantal: getal(a),
        basis: getal(b),
        procent: getal(Math.round(Math.abs(verschil) * 100)),
      })}{' '}
      {t(onderbetalingOk ? 'beleid.jaar.doel.onderbetaling.ok' : 'beleid.jaar.doel.onderbetaling.hoger', {
        bedrag: euro(v.onderbetaling.som),
        basis: euro(basis.onderbetaling.som),
      })}{' '}
      {v.zakenNaBesluit.zaken === 0
        ? t('beleid.jaar.doel.zaken.geen')
        : zakenOk
          ? t('beleid.jaar.doel.zaken.ok')
          : t('beleid.jaar.doel.zaken.fout', {
              aantal: getal(v.zakenNaBesluit.besluitAlVerstuurd),
              zaken: getal(v.zakenNaBesluit.zaken),
            })}
    </li>
  );
}

function SpreidingCellen({ s }: { s: Spreiding }) {
  return (
    <>
      <td data-waarde={s.aantal}>{getal(s.aantal)}</td>
      <td data-waarde={s.gemiddelde}>{dagen(s.gemiddelde)}</td>
      <td data-waarde={s.mediaan}>{dagen(s.mediaan)}</td>
      <td data-waarde={s.p90}>{dagen(s.p90)}</td>
    </>
  );
}

export function JaarResultaatTabellen({ r }: { r: JaarResultaat }) {
  const basis = r.varianten.find((v) => v.variant === 'basis');
  const zaaksoorten = r.varianten.flatMap((v) => v.perZaaksoort.map((z) => ({ v: v.variant, z })));
  return (
    <>
      <Heading level={2}>{t('beleid.jaar.doel')}</Heading>
      <Paragraph>{t('beleid.jaar.doel.intro')}</Paragraph>
      <UnorderedList>
        {r.varianten.map((v) => (
          <ListItem key={v.variant}>{t(`beleid.jaar.varianten.uitleg.${v.variant}` as TekstKey)}</ListItem>
        ))}
      </UnorderedList>
      <UnorderedList>
        {r.varianten.map((v) => (
          <Doel key={v.variant} v={v} basis={basis} />
        ))}
      </UnorderedList>
      <GrafiekMetTabel
        g={terugvorderingGrafiek(r)}
        legenda={[
          [t('beleid.jaar.vanaf1000'), JAAR_LEGENDA_KLASSEN[0]],
          [t('beleid.jaar.vanaf1500'), JAAR_LEGENDA_KLASSEN[1]],
        ]}
      />
      <Heading level={2}>{t('beleid.jaar.terugv')}</Heading>
      <Tabel bijschrift={t('beleid.jaar.terugv')} kolommen={kolommen('beleid.jaar.terugv.kolommen')}>
        {r.varianten.map((v) => {
          const tv = v.terugvorderingen;
          return (
            <tr key={v.variant} data-variant={v.variant}>
              <th scope="row">{kort(v.variant)}</th>
              <td data-waarde={v.huishoudens}>{getal(v.huishoudens)}</td>
              <td data-waarde={tv.alle.aantal}>{getal(tv.alle.aantal)}</td>
              <td data-waarde={tv.alle.som}>{euro(tv.alle.som)}</td>
              <td data-waarde={tv.vanaf1000.aantal}>{getal(tv.vanaf1000.aantal)}</td>
              <td data-waarde={tv.vanaf1000.som}>{euro(tv.vanaf1000.som)}</td>
              <td data-waarde={tv.vanaf1500.aantal}>{getal(tv.vanaf1500.aantal)}</td>
              <td data-waarde={tv.vanaf1500.som}>{euro(tv.vanaf1500.som)}</td>
              <td data-waarde={v.nabetalingen.som}>{euro(v.nabetalingen.som)}</td>
              <td data-waarde={v.onderbetaling.som}>{euro(v.onderbetaling.som)}</td>
            </tr>
          );
        })}
      </Tabel>
      <Heading level={2}>{t('beleid.jaar.hulp')}</Heading>
      <Paragraph>{t('beleid.jaar.hulp.intro')}</Paragraph>
      <Tabel bijschrift={t('beleid.jaar.hulp')} kolommen={kolommen('beleid.jaar.hulp.kolommen')}>
        {r.varianten.flatMap((v) =>
          (['totZaak', 'totContact', 'totBesluit'] as const).map((stap) => (
            <tr key={`${v.variant}-${stap}`} data-hulp={`${v.variant}-${stap}`}>
              <th scope="row">{`${kort(v.variant)}: ${t(`beleid.jaar.hulp.${stap}`)}`}</th>
              <SpreidingCellen s={v.tijdTotHulp[stap]} />
            </tr>
          )),
        )}
      </Tabel>
      <Heading level={2}>{t('beleid.jaar.wacht')}</Heading>
      {zaaksoorten.length === 0 ? (
        <Paragraph>{t('beleid.jaar.wacht.geen')}</Paragraph>
      ) : (
        <Tabel bijschrift={t('beleid.jaar.wacht')} kolommen={kolommen('beleid.jaar.wacht.kolommen')}>
          {zaaksoorten.map(({ v, z }) => (
            <tr key={`${v}-${z.soort}`} data-zaaksoort={`${v}-${z.soort}`}>
              <th scope="row">{`${kort(v)}: ${soortNaam(z.soort)}`}</th>
              <td data-waarde={z.geopend}>{getal(z.geopend)}</td>
              <td data-waarde={z.afgerond}>{getal(z.afgerond)}</td>
              <td data-waarde={z.doorlooptijd.gemiddelde}>{dagen(z.doorlooptijd.gemiddelde)}</td>
              <td data-waarde={z.doorlooptijd.mediaan}>{dagen(z.doorlooptijd.mediaan)}</td>
              <td data-waarde={z.doorlooptijd.p90}>{dagen(z.doorlooptijd.p90)}</td>
            </tr>
          ))}
        </Tabel>
      )}
      <Heading level={2}>{t('beleid.jaar.contacten')}</Heading>
      <Tabel bijschrift={t('beleid.jaar.contacten')} kolommen={kolommen('beleid.jaar.contacten.kolommen')}>
        {r.varianten.map((v) => {
          const c = v.contacten;
          return (
            <tr key={v.variant} data-contacten={v.variant}>
              <th scope="row">{kort(v.variant)}</th>
              <td data-waarde={c.berichten}>{getal(c.berichten)}</td>
              <td data-waarde={c.gesprekken}>{getal(c.gesprekken)}</td>
              <td data-waarde={c.brieven}>{getal(c.brieven)}</td>
              <td data-waarde={c.perHuishouden.berichten}>{perHuishouden(c.perHuishouden.berichten)}</td>
              <td data-waarde={c.perHuishouden.gesprekken}>{perHuishouden(c.perHuishouden.gesprekken)}</td>
              <td data-waarde={c.perHuishouden.brieven}>{perHuishouden(c.perHuishouden.brieven)}</td>
            </tr>
          );
        })}
      </Tabel>
      <Heading level={2}>{t('beleid.jaar.eta')}</Heading>
      <Paragraph>{t('beleid.jaar.eta.intro')}</Paragraph>
      <Tabel bijschrift={t('beleid.jaar.eta')} kolommen={kolommen('beleid.jaar.eta.kolommen')}>
        {r.varianten.map((v) => (
          <tr key={v.variant} data-eta={v.variant}>
            <th scope="row">{kort(v.variant)}</th>
            <td data-waarde={v.eta.gemeten}>{getal(v.eta.gemeten)}</td>
            <td data-waarde={v.eta.binnen20Procent}>{getal(v.eta.binnen20Procent)}</td>
            <td data-waarde={v.eta.aandeel}>
              {v.eta.gemeten === 0 ? t('beleid.jaar.eta.geen') : `${procent(v.eta.aandeel)}%`}
            </td>
          </tr>
        ))}
      </Tabel>
      <Paragraph>{t('beleid.jaar.aannames')}</Paragraph>
    </>
  );
}

export function JaarPagina({ ctx, stand: s }: { ctx: PaginaContext; stand: JaarsimulatieStand }) {
  const titel = t('beleid.jaar.run.titel', { id: s.id });
  const r = s.resultaat as JaarResultaat | undefined;
  return (
    <Layout ctx={ctx} titel={titel}>
      <Paragraph>
        <Link href="/beleid/jaar">{t('beleid.jaar.terug')}</Link>
      </Paragraph>
      <Heading level={1}>{titel}</Heading>
      <Paragraph>
        {t('beleid.jaar.run.opdracht', {
          huishoudens: getal(s.huishoudens),
          seed: String(s.seed),
          varianten: s.varianten.join(', '),
          gestart: moment(s.gestart),
        })}
      </Paragraph>
      {s.status === 'bezig' ? (
        <>
          <Alert type="info" role="status">
            <Paragraph>
              {s.variant
                ? t('beleid.jaar.run.bezig', {
                    variant: s.variant,
                    gedaan: getal(s.maandenGedaan),
                    totaal: getal(s.maandenTotaal),
                  })
                : t('beleid.jaar.run.bezig.start')}
            </Paragraph>
            <progress
              max={Math.max(1, s.maandenTotaal)}
              value={s.maandenGedaan}
              aria-label={t('beleid.jaar.run.voortgang')}
              className="rm-voortgang"
            />
          </Alert>
          <Paragraph>
            <Link href={`/beleid/jaar/${s.id}`}>{t('beleid.jaar.run.bijwerken')}</Link>
          </Paragraph>
        </>
      ) : null}
      {s.status === 'mislukt' ? (
        <Alert type="warning" role="alert">
          <Paragraph>{t('beleid.jaar.run.mislukt', { melding: s.melding ?? '' })}</Paragraph>
        </Alert>
      ) : null}
      {s.status === 'klaar' && r ? (
        <>
          <Paragraph>
            {t('beleid.jaar.run.klaar', { klaarOp: moment(s.klaarOp ?? s.gestart), database: r.database })}
          </Paragraph>
          <JaarResultaatTabellen r={r} />
        </>
      ) : null}
    </Layout>
  );
}
