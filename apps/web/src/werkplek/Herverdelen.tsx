/**
 * @module
 * Bulk reassignment for team leads (C5, /werk/herverdelen): the team's open and running cases with
 * a checkbox each, one choice of where they go (a team member, or back to the team queue), and
 * afterwards the outcome per case (one refusal does not undo the others). A page holds at most 200
 * cases, with the real total and a link to the next page; below, the team's cases that wait for
 * approval (a lead's work too, but not reassignable while a decision waits for four-eyes).
 */
import type { Teamlid } from '@regelmaat/diensten';
import type { HerverdeelResultaat, Zaak } from '@regelmaat/zaken';
import { Link } from '@utrecht/link-react';
import { Foutensamenvatting, type VeldFout } from '../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../components/formulier';
import { Layout, type PaginaContext } from '../components/Layout';
import { Heading, Paragraph } from '../components/nlds';
import { Tabel } from '../components/Tabel';
import { Keuzelijst } from '../components/velden';
import { t } from '../teksten';
import { rolNaam, STATUS_NAAM, soortNaam, wie } from './weergave';
import { behandelaarNaam, Termijn } from './zaak-cellen';

export function Herverdelen({
  ctx,
  zaken,
  leden,
  namen,
  fouten = [],
  resultaten,
  totaal = zaken.length,
  volgende,
  wachtOpGoedkeuring = [],
}: {
  ctx: PaginaContext;
  zaken: readonly Zaak[];
  /** Every reassignable case of the team (not the page size). */
  totaal?: number;
  /** Cursor of the next page (the last case id of this one). */
  volgende?: number;
  wachtOpGoedkeuring?: readonly Zaak[];
  leden: readonly Teamlid[];
  namen: ReadonlyMap<string, string>;
  fouten?: readonly VeldFout[];
  resultaten?: readonly HerverdeelResultaat[];
}) {
  return (
    <Layout ctx={ctx} titel={t('werk.herverdelen.titel')} heeftFouten={fouten.length > 0}>
      <Heading level={1}>{t('werk.herverdelen.titel')}</Heading>
      {resultaten ? (
        <section aria-labelledby="resultaat-kop" role="status">
          <Heading level={2} id="resultaat-kop">
            {t('werk.herverdelen.resultaat')}
          </Heading>
          <Tabel
            bijschrift={t('werk.herverdelen.resultaatTabel')}
            kolommen={[t('werk.kol.zaak'), t('werk.herverdelen.uitkomst')]}
          >
            {resultaten.map((r) => (
              <tr key={r.zaakId} data-resultaat={r.zaakId}>
                <th scope="row">
                  <Link href={`/werk/zaken/${r.zaakId}`}>{t('werk.zaakNummer', { id: r.zaakId })}</Link>
                </th>
                <td>
                  {r.ok
                    ? t('werk.herverdelen.gelukt', {
                        naar: r.zaak?.behandelaar
                          ? wie(namen, r.zaak.behandelaar)
                          : t('werk.herverdelen.teamwachtrij'),
                      })
                    : `${t('werk.herverdelen.mislukt')}: ${r.melding ?? r.code ?? ''}`}
                </td>
              </tr>
            ))}
          </Tabel>
        </section>
      ) : null}
      <Paragraph>{t('werk.herverdelen.intro')}</Paragraph>
      <Foutensamenvatting fouten={fouten} />
      {zaken.length === 0 ? (
        <Paragraph>{t('werk.leeg')}</Paragraph>
      ) : (
        <PostFormulier action="/werk/herverdelen" csrf={ctx.csrf}>
          <fieldset className="utrecht-form-fieldset" id="veld-zaak" tabIndex={-1}>
            <legend className="utrecht-form-fieldset__legend">{t('werk.herverdelen.kies')}</legend>
            <Tabel
              bijschrift={`${t('werk.herverdelen.tabel')}: ${t('werk.herverdelen.aantal', { aantal: zaken.length, totaal })}`}
              kolommen={[
                t('werk.herverdelen.selecteer'),
                t('werk.kol.soort'),
                t('werk.kol.status'),
                t('werk.kol.behandelaar'),
                t('werk.kol.termijn'),
              ]}
            >
              {zaken.map((z) => (
                <tr key={z.id}>
                  <td>
                    <input
                      type="checkbox"
                      name="zaak"
                      value={z.id}
                      id={`zaak-${z.id}`}
                      className="utrecht-checkbox utrecht-checkbox--html-input"
                    />{' '}
                    <label htmlFor={`zaak-${z.id}`}>
                      {t('werk.zaakNummer', { id: z.id })}: {z.onderwerp}
                    </label>
                  </td>
                  <td>{soortNaam(z.soort)}</td>
                  <td>{STATUS_NAAM[z.status]}</td>
                  <td>{behandelaarNaam(z, namen)}</td>
                  <td>
                    <Termijn zaak={z} />
                  </td>
                </tr>
              ))}
            </Tabel>
          </fieldset>
          <Keuzelijst
            name="naar"
            label={t('werk.herverdelen.naar')}
            value=""
            fout={fouten.find((f) => f.veld === 'naar')?.melding}
            keuzes={[
              { waarde: '', label: t('werk.herverdelen.teamwachtrij') },
              ...leden.map((l) => ({ waarde: l.id, label: `${l.naam} (${rolNaam(l.rol)})` })),
            ]}
          />
          <Knoppen>
            <Verzendknop>{t('werk.herverdelen.knop')}</Verzendknop>
          </Knoppen>
        </PostFormulier>
      )}
      {volgende !== undefined ? (
        <Paragraph>
          <Link href={`/werk/herverdelen?na=${volgende}`}>{t('werk.volgende')}</Link>
        </Paragraph>
      ) : null}
      <section aria-labelledby="wachten-kop">
        <Heading level={2} id="wachten-kop">
          {t('werk.herverdelen.wachten')}
        </Heading>
        <Paragraph>{t('werk.herverdelen.wachtenIntro')}</Paragraph>
        {wachtOpGoedkeuring.length === 0 ? (
          <Paragraph>{t('werk.leeg')}</Paragraph>
        ) : (
          <Tabel
            bijschrift={t('werk.herverdelen.wachtenTabel', { aantal: wachtOpGoedkeuring.length })}
            kolommen={[
              t('werk.kol.zaak'),
              t('werk.kol.soort'),
              t('werk.kol.behandelaar'),
              t('werk.kol.termijn'),
            ]}
          >
            {wachtOpGoedkeuring.map((z) => (
              <tr key={z.id} data-wacht={z.id}>
                <th scope="row">
                  <Link href={`/werk/zaken/${z.id}`}>
                    {t('werk.zaakNummer', { id: z.id })}: {z.onderwerp}
                  </Link>
                </th>
                <td>{soortNaam(z.soort)}</td>
                <td>{behandelaarNaam(z, namen)}</td>
                <td>
                  <Termijn zaak={z} />
                </td>
              </tr>
            ))}
          </Tabel>
        )}
        <Paragraph>
          <Link href="/werk/goedkeuren">{t('werk.herverdelen.naarGoedkeuren')}</Link>
        </Paragraph>
      </section>
    </Layout>
  );
}
