/**
 * @module
 * Bulk reassignment for team leads (C5, /werk/herverdelen): the team's open and running cases with
 * a checkbox each, one choice of where they go (a team member, or back to the team queue), and
 * afterwards the outcome per case (one refusal does not undo the others).
 */
import type { Teamlid } from '@regelmaat/diensten';
import type { HerverdeelResultaat, Zaak } from '@regelmaat/zaken';
import { Button } from '@utrecht/button-react';
import { Link } from '@utrecht/link-react';
import { Foutensamenvatting, type VeldFout } from '../components/Foutensamenvatting';
import { Tabelvak } from '../components/Gegevens';
import { Layout, type PaginaContext } from '../components/Layout';
import { Heading, Paragraph } from '../components/nlds';
import { CsrfVeld, Keuzelijst } from '../components/velden';
import { datum } from '../opmaak';
import { t } from '../teksten';
import { rolNaam, STATUS_NAAM, soortNaam, wie } from './weergave';

export function Herverdelen({
  ctx,
  zaken,
  leden,
  namen,
  fouten = [],
  resultaten,
}: {
  ctx: PaginaContext;
  zaken: readonly Zaak[];
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
          <Tabelvak label={t('werk.herverdelen.resultaatTabel')}>
            <table className="utrecht-table rm-tabel">
              <caption>{t('werk.herverdelen.resultaatTabel')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('werk.kol.zaak')}</th>
                  <th scope="col">{t('werk.herverdelen.uitkomst')}</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </Tabelvak>
        </section>
      ) : null}
      <Paragraph>{t('werk.herverdelen.intro')}</Paragraph>
      <Foutensamenvatting fouten={fouten} />
      {zaken.length === 0 ? (
        <Paragraph>{t('werk.leeg')}</Paragraph>
      ) : (
        <form method="post" action="/werk/herverdelen" noValidate>
          <CsrfVeld token={ctx.csrf} />
          <fieldset className="utrecht-form-fieldset" id="veld-zaak" tabIndex={-1}>
            <legend className="utrecht-form-fieldset__legend">{t('werk.herverdelen.kies')}</legend>
            <Tabelvak label={t('werk.herverdelen.tabel')}>
              <table className="utrecht-table rm-tabel">
                <caption>{t('werk.herverdelen.tabel')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('werk.herverdelen.selecteer')}</th>
                    <th scope="col">{t('werk.kol.soort')}</th>
                    <th scope="col">{t('werk.kol.status')}</th>
                    <th scope="col">{t('werk.kol.behandelaar')}</th>
                    <th scope="col">{t('werk.kol.termijn')}</th>
                  </tr>
                </thead>
                <tbody>
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
                      <td>{z.behandelaar ? wie(namen, z.behandelaar) : t('werk.niemand')}</td>
                      <td>
                        {datum(z.termijn)}
                        {z.teLaat ? <span className="rm-te-laat"> {t('werk.teLaat')}</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Tabelvak>
          </fieldset>
          <Keuzelijst
            name="naar"
            label={t('werk.herverdelen.naar')}
            value=""
            keuzes={[
              { waarde: '', label: t('werk.herverdelen.teamwachtrij') },
              ...leden.map((l) => ({ waarde: l.id, label: `${l.naam} (${rolNaam(l.rol)})` })),
            ]}
          />
          <div className="rm-form-actions">
            <Button type="submit" appearance="primary-action-button">
              {t('werk.herverdelen.knop')}
            </Button>
          </div>
        </form>
      )}
    </Layout>
  );
}
