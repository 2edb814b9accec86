/**
 * @module
 * The team lead's approval screen (C6 four-eyes, /werk/goedkeuren): every maatwerk decision of the
 * team that waits for approval, in full (standard outcome, deviation, ground, weighing, the three
 * questions, author), with "Goedkeuren" and "Afwijzen" (the latter with a required reason). The
 * service refuses approval by the author; the page shows that refusal as it comes.
 */
import type { TerGoedkeuring } from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
import { PostFormulier, Verzendknop } from '../components/formulier';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, Paragraph } from '../components/nlds';
import { Tekstvak } from '../components/velden';
import { euro } from '../opmaak';
import { t } from '../teksten';
import { MaatwerkKaart } from './Zaak';

export function Goedkeuren({
  ctx,
  lijst,
  namen,
  melding,
}: {
  ctx: PaginaContext;
  lijst: readonly TerGoedkeuring[];
  namen: ReadonlyMap<string, string>;
  melding?: { type: 'ok' | 'warning'; tekst: string };
}) {
  return (
    <Layout ctx={ctx} titel={t('werk.goedkeuren.titel')}>
      <Heading level={1}>{t('werk.goedkeuren.titel')}</Heading>
      <Paragraph>{t('werk.goedkeuren.intro')}</Paragraph>
      {melding ? (
        <Alert type={melding.type} role={melding.type === 'ok' ? 'status' : 'alert'}>
          <Paragraph>{melding.tekst}</Paragraph>
        </Alert>
      ) : null}
      {lijst.length === 0 ? <Paragraph>{t('werk.goedkeuren.leeg')}</Paragraph> : null}
      {lijst.map(({ besluit: b, zaak: z, effect }) => (
        <section key={b.id} aria-labelledby={`besluit-${b.id}`} className="rm-sectie" data-besluit={b.id}>
          <Heading level={2} id={`besluit-${b.id}`}>
            {t('werk.goedkeuren.kop', { id: b.id, zaak: z.id, onderwerp: z.onderwerp })}
          </Heading>
          <Paragraph>
            <Link href={`/werk/zaken/${z.id}`}>{t('werk.goedkeuren.zaakOpenen', { id: z.id })}</Link>
          </Paragraph>
          <MaatwerkKaart b={b} namen={namen} />
          <Paragraph>
            <strong>{t('werk.goedkeuren.effect')}:</strong>{' '}
            <span data-effect={effect.totaal}>
              {t('werk.goedkeuren.effectTekst', {
                zaken: effect.zaken,
                perZaak: euro(effect.perZaak),
                totaal: euro(effect.totaal),
                vergelijkbaar: effect.vergelijkbareZaken,
              })}
            </span>
          </Paragraph>
          <div className="rm-acties">
            <PostFormulier action={`/werk/goedkeuren/${b.id}`} csrf={ctx.csrf}>
              <input type="hidden" name="oordeel" value="goed" />
              <Verzendknop>
                {t('werk.goedkeuren.goed')}
                <span className="rm-visueel-verborgen"> (#{b.id})</span>
              </Verzendknop>
            </PostFormulier>
          </div>
          <PostFormulier action={`/werk/goedkeuren/${b.id}`} csrf={ctx.csrf}>
            <input type="hidden" name="oordeel" value="af" />
            <Tekstvak
              name={`toelichting-${b.id}`}
              label={t('werk.goedkeuren.toelichting')}
              value=""
              rijen={2}
            />
            <Verzendknop soort="secundair">
              {t('werk.goedkeuren.af')}
              <span className="rm-visueel-verborgen"> (#{b.id})</span>
            </Verzendknop>
          </PostFormulier>
        </section>
      ))}
    </Layout>
  );
}
