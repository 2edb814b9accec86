/**
 * @module
 * Raising a signal (/werk/signalen/nieuw, optionally `?zaak=<id>` from a case): theme, what
 * happens, why it is unfair or unworkable, and further example cases by number (only for who may
 * open cases; the case it comes from is linked first).
 */
import { SIGNAAL_THEMAS } from '@regelmaat/zaken';
import { Foutensamenvatting, type VeldFout } from '../../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../../components/formulier';
import { Layout, type PaginaContext } from '../../components/Layout';
import { Heading, Paragraph } from '../../components/nlds';
import { foutVoor, Keuzelijst, Tekstvak, Tekstveld } from '../../components/velden';
import { t } from '../../teksten';

export function NieuwSignaal({
  ctx,
  zaakId,
  magZaken,
  fouten = [],
  waarden = {},
}: {
  ctx: PaginaContext;
  zaakId?: number;
  /** Whether the reader may link cases (may open cases). */
  magZaken: boolean;
  fouten?: readonly VeldFout[];
  waarden?: Readonly<Record<string, string>>;
}) {
  const f = foutVoor(fouten);
  return (
    <Layout ctx={ctx} titel={t('werk.signaal.nieuw.titel')} heeftFouten={fouten.length > 0}>
      <Heading level={1}>{t('werk.signaal.nieuw.titel')}</Heading>
      <Paragraph>{t('werk.signalen.intro')}</Paragraph>
      {zaakId !== undefined ? <Paragraph>{t('werk.signaal.nieuw.vanZaak', { id: zaakId })}</Paragraph> : null}
      {!magZaken ? <Paragraph>{t('werk.signaal.nieuw.geenZaken')}</Paragraph> : null}
      <Foutensamenvatting fouten={fouten} />
      <PostFormulier action="/werk/signalen" csrf={ctx.csrf}>
        {zaakId !== undefined ? <input type="hidden" name="zaak" value={zaakId} /> : null}
        <Keuzelijst
          name="thema"
          label={t('werk.signaal.thema')}
          value={waarden.thema ?? ''}
          keuzes={[
            { waarde: '', label: '—' },
            ...SIGNAAL_THEMAS.map((x) => ({ waarde: x.id, label: x.naam })),
          ]}
          fout={f('thema')}
        />
        <Tekstvak
          name="omschrijving"
          label={t('werk.signaal.omschrijving')}
          beschrijving={t('werk.signaal.nieuw.omschrijvingUitleg')}
          value={waarden.omschrijving ?? ''}
          fout={f('omschrijving')}
          verplicht
        />
        <Tekstvak
          name="waarom"
          label={t('werk.signaal.waarom')}
          value={waarden.waarom ?? ''}
          fout={f('waarom')}
          verplicht
        />
        {magZaken ? (
          <Tekstveld
            name="voorbeelden"
            label={t('werk.signaal.nieuw.voorbeelden')}
            value={waarden.voorbeelden ?? ''}
            fout={f('voorbeelden')}
            breedte={30}
          />
        ) : null}
        <Knoppen>
          <Verzendknop>{t('werk.signaal.nieuw.knop')}</Verzendknop>
        </Knoppen>
      </PostFormulier>
    </Layout>
  );
}
