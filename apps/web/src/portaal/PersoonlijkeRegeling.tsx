/**
 * @module
 * "Wat kunt u per maand betalen?" (issue 15): the personal payment plan of one recovery. The citizen
 * enters the household's monthly income and fixed costs; the page shows the preview — what they can
 * miss each month, what is left to live on, the monthly amount, the months and what remains — and
 * only then the button that agrees it. Plain POST forms (works without JavaScript); the preview's
 * agreement carries the same values as hidden fields, and the server computes everything again.
 */
import type { RegelingVoorbeeld, VorderingOverzicht } from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
import { Foutensamenvatting, type VeldFout } from '../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../components/formulier';
import { Layout, type PaginaContext } from '../components/Layout';
import { Heading, Paragraph } from '../components/nlds';
import { foutVoor, Keuzerondjes, Tekstveld } from '../components/velden';
import { euroCenten, maand } from '../opmaak';
import { t } from '../teksten';

export const DRAAGKRACHT_VELDEN = ['inkomen', 'woonlasten', 'zorgkosten', 'overigeLasten'] as const;

const LABEL = {
  inkomen: ['regeling.veld.inkomen', 'regeling.veld.inkomenUitleg'],
  woonlasten: ['regeling.veld.woonlasten', 'regeling.veld.woonlastenUitleg'],
  zorgkosten: ['regeling.veld.zorgkosten', 'regeling.veld.zorgkostenUitleg'],
  overigeLasten: ['regeling.veld.overig', 'regeling.veld.overigUitleg'],
} as const;

function Voorbeeld({
  p,
  actie,
  waarden,
  csrf,
}: {
  p: RegelingVoorbeeld;
  actie: string;
  waarden: Readonly<Record<string, string>>;
  csrf: string;
}) {
  const v = p.voorstel;
  const eerste = v.termijnen[0];
  const laatste = v.termijnen.at(-1);
  return (
    <section aria-labelledby="voorbeeld" data-voorbeeld>
      <Heading level={2} id="voorbeeld">
        {t('regeling.voorbeeld')}
      </Heading>
      <Paragraph>
        <strong>
          {p.capaciteit > 0
            ? t('regeling.capaciteit', { bedrag: euroCenten(p.capaciteit) })
            : t('regeling.capaciteitNul')}
        </strong>
      </Paragraph>
      <Paragraph>{t('regeling.leven', { leven: euroCenten(p.kostenVanBestaan) })}</Paragraph>
      {eerste && laatste ? (
        <Paragraph>
          {t('regeling.voorstel', {
            termijnen: v.termijnen.length,
            bedrag: euroCenten(v.maandbedrag),
            eerste: maand(eerste.maand),
            laatste: maand(laatste.maand),
          })}
          {laatste.bedrag !== v.maandbedrag
            ? ` ${t('regeling.laatsteBedrag', { bedrag: euroCenten(laatste.bedrag) })}`
            : ''}
        </Paragraph>
      ) : (
        <Paragraph>{t('regeling.voorstelNul')}</Paragraph>
      )}
      {eerste ? (
        <Paragraph>
          {v.rest > 0 ? t('regeling.rest', { rest: euroCenten(v.rest) }) : t('regeling.voorstelKlaar')}
        </Paragraph>
      ) : null}
      <PostFormulier action={actie} csrf={csrf}>
        <input type="hidden" name="leefsituatie" value={waarden.leefsituatie ?? ''} />
        {DRAAGKRACHT_VELDEN.map((k) => (
          <input key={k} type="hidden" name={k} value={waarden[k] ?? ''} />
        ))}
        <Knoppen>
          <Verzendknop naam="actie" waarde="akkoord">
            {t('regeling.akkoord')}
          </Verzendknop>
        </Knoppen>
      </PostFormulier>
    </section>
  );
}

export function PersoonlijkeRegeling({
  ctx,
  v,
  waarden,
  fouten,
  voorbeeld,
}: {
  ctx: PaginaContext;
  v: VorderingOverzicht;
  waarden: Readonly<Record<string, string>>;
  fouten: readonly VeldFout[];
  voorbeeld?: RegelingVoorbeeld;
}) {
  const fout = foutVoor(fouten);
  const actie = `/mijn/terugbetalen/${v.id}/persoonlijk`;
  return (
    <Layout ctx={ctx} titel={t('regeling.titel')} heeftFouten={fouten.length > 0}>
      <Heading level={1}>{t('regeling.titel')}</Heading>
      <Paragraph soort="lead">
        {t('regeling.schuld', { bedrag: euroCenten(v.saldo), naamInZin: v.naam.toLowerCase(), jaar: v.jaar })}
      </Paragraph>
      {voorbeeld ? <Voorbeeld p={voorbeeld} actie={actie} waarden={waarden} csrf={ctx.csrf} /> : null}
      {voorbeeld ? (
        <Heading level={2}>{t('regeling.anders')}</Heading>
      ) : (
        <Paragraph>{t('regeling.intro')}</Paragraph>
      )}
      <Foutensamenvatting fouten={fouten} />
      <PostFormulier action={actie} csrf={ctx.csrf}>
        <Keuzerondjes
          name="leefsituatie"
          legend={t('regeling.veld.leefsituatie')}
          keuzes={[
            { waarde: 'alleen', label: t('regeling.veld.alleen') },
            { waarde: 'samen', label: t('regeling.veld.samen') },
          ]}
          value={waarden.leefsituatie ?? ''}
          fout={fout('leefsituatie')}
          verplicht
        />
        {DRAAGKRACHT_VELDEN.map((k) => (
          <Tekstveld
            key={k}
            name={k}
            label={t(LABEL[k][0])}
            beschrijving={t(LABEL[k][1])}
            value={waarden[k] ?? ''}
            fout={fout(k)}
            verplicht
            inputMode="decimal"
            breedte={12}
          />
        ))}
        <Knoppen>
          <Verzendknop naam="actie" waarde="bekijk" soort={voorbeeld ? 'secundair' : 'primair'}>
            {t('regeling.bekijk')}
          </Verzendknop>
        </Knoppen>
      </PostFormulier>
      <Paragraph>
        <Link href="/mijn/terugbetalen">{t('terugbetalen.titel')}</Link>
      </Paragraph>
    </Layout>
  );
}
