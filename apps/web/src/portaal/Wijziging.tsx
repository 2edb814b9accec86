/**
 * @module
 * Reporting a change (C10) in four plain-HTML steps, so it works without JavaScript: choose what
 * changed (/mijn/wijziging), fill in the form (?soort=…), see a preview of the new monthly amounts
 * and what reporting now avoids (the recovery after the year), then confirm. The preview carries
 * the typed values in hidden fields; the confirmation reads and checks them again.
 */
import {
  effectZinnen,
  type MijnHuishouden,
  type WijzigingsEffect,
  type WijzigingsUitkomst,
  type Zin,
} from '@regelmaat/diensten';
import { Link } from '@utrecht/link-react';
import { Foutensamenvatting, type VeldFout } from '../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../components/formulier';
import { Layout, type PaginaContext } from '../components/Layout';
import { Alert, Heading, Paragraph } from '../components/nlds';
import { foutVoor, Keuzerondjes, Tekstveld } from '../components/velden';
import { datum, euro, getal, maandNaam } from '../opmaak';
import { type TekstKey, t } from '../teksten';
import { type ZinTeksten, zinTekst } from './effect-zin';
import { type Invoer, VELDEN, WIJZIGING_SOORTEN, type WijzigingSoort } from './wijziging-invoer';

const SOORT_LABEL: Record<WijzigingSoort, TekstKey> = {
  inkomen: 'wijziging.soort.inkomen',
  huur: 'wijziging.soort.huur',
  verhuizing: 'wijziging.soort.verhuizing',
  kinderopvang: 'wijziging.soort.kinderopvang',
  partner: 'wijziging.soort.partner',
};

export function WijzigingKiezen({ ctx, fout }: { ctx: PaginaContext; fout?: string }) {
  const fouten: VeldFout[] = fout ? [{ veld: 'soort', melding: fout }] : [];
  return (
    <Layout ctx={ctx} titel={t('wijziging.titel')} heeftFouten={fouten.length > 0}>
      <Heading level={1}>{t('wijziging.titel')}</Heading>
      <Paragraph soort="lead">{t('wijziging.intro')}</Paragraph>
      <Foutensamenvatting fouten={fouten} />
      <form method="get" action="/mijn/wijziging" noValidate>
        <Keuzerondjes
          name="soort"
          legend={t('wijziging.kies')}
          keuzes={WIJZIGING_SOORTEN.map((s) => ({ waarde: s, label: t(SOORT_LABEL[s]) }))}
          value=""
          fout={fout}
          verplicht
        />
        <Knoppen>
          <Verzendknop>{t('wijziging.verder')}</Verzendknop>
        </Knoppen>
      </form>
    </Layout>
  );
}

function Velden({
  soort,
  waarden,
  fouten,
  huishouden,
}: {
  soort: WijzigingSoort;
  waarden: Invoer;
  fouten: readonly VeldFout[];
  huishouden?: MijnHuishouden;
}) {
  const fout = foutVoor(fouten);
  const veld = (
    name: string,
    label: TekstKey,
    uitleg: TekstKey | undefined,
    verplicht: boolean,
    breedte = 12,
  ) => (
    <Tekstveld
      key={name}
      name={name}
      label={t(label)}
      beschrijving={uitleg ? t(uitleg) : undefined}
      value={waarden[name] ?? ''}
      fout={fout(name)}
      verplicht={verplicht}
      inputMode={['vanaf', 'geboortedatum', 'woonplaats'].includes(name) ? 'text' : 'decimal'}
      breedte={breedte}
    />
  );
  switch (soort) {
    case 'inkomen':
      return (
        <>
          <Keuzerondjes
            name="persoon"
            legend={t('wijziging.persoon')}
            keuzes={[
              { waarde: 'aanvrager', label: t('wijziging.persoonIk') },
              // Only offered when we know a partner (the service refuses it otherwise).
              ...(!huishouden || huishouden.toeslagpartner
                ? [{ waarde: 'toeslagpartner', label: t('wijziging.persoonPartner') }]
                : []),
            ]}
            value={waarden.persoon ?? 'aanvrager'}
            fout={fout('persoon')}
            verplicht
          />
          {veld('bedrag', 'wijziging.inkomen', 'wijziging.inkomenUitleg', true)}
        </>
      );
    case 'huur':
      return (
        <>
          {veld('vanaf', 'wijziging.vanaf', 'wijziging.vanafUitleg', true)}
          {veld('kaleHuur', 'proef.kaleHuur', 'proef.kaleHuurUitleg', true)}
          {veld('servicekosten', 'proef.servicekosten', 'proef.servicekostenUitleg', false)}
        </>
      );
    case 'verhuizing':
      return (
        <>
          {veld('vanaf', 'wijziging.verhuisdatum', 'wijziging.vanafUitleg', true)}
          {veld('woonplaats', 'wijziging.woonplaats', undefined, true, 30)}
          {veld('kaleHuur', 'wijziging.nieuweHuur', 'wijziging.nieuweHuurUitleg', false)}
          {veld('servicekosten', 'proef.servicekosten', 'proef.servicekostenUitleg', false)}
        </>
      );
    case 'kinderopvang':
      return (
        <>
          <Keuzerondjes
            name="kind"
            legend={t('wijziging.kind')}
            beschrijving={t('wijziging.kindUitleg')}
            keuzes={(huishouden?.kinderen ?? []).map((k) => ({
              waarde: String(k.nummer + 1),
              label: [
                t('wijziging.kindKeuze', { datum: datum(k.geboortedatum) }),
                // Twins share a birth date: then their number in the household tells them apart.
                (huishouden?.kinderen ?? []).filter((x) => x.geboortedatum === k.geboortedatum).length > 1
                  ? t('wijziging.kindNummer', { nummer: k.nummer + 1 })
                  : '',
                k.opvang ? t('wijziging.kindOpvangNu', { uren: getal(k.opvang.urenPerMaand) }) : '',
              ]
                .filter(Boolean)
                .join(' '),
            }))}
            value={waarden.kind ?? (huishouden?.kinderen.length === 1 ? '1' : '')}
            fout={fout('kind')}
            verplicht
          />
          {veld('vanaf', 'wijziging.vanaf', 'wijziging.vanafUitleg', true)}
          {veld('uren', 'wijziging.uren', 'proef.opvangUrenUitleg', true, 6)}
          {veld('uurprijs', 'wijziging.uurprijs', 'wijziging.uurprijsUitleg', false, 8)}
        </>
      );
    case 'partner':
      return (
        <>
          {veld('vanaf', 'wijziging.samenVanaf', 'wijziging.vanafUitleg', true)}
          {veld('bsn', 'wijziging.partnerBsn', 'wijziging.partnerBsnUitleg', true)}
          {veld('geboortedatum', 'proef.partnerGeboortedatum', 'proef.datumUitleg', true)}
          {veld('inkomen', 'proef.partnerInkomen', 'wijziging.inkomenUitleg', true)}
        </>
      );
  }
}

export function WijzigingFormulier({
  ctx,
  soort,
  waarden,
  fouten,
  huishouden,
}: {
  ctx: PaginaContext;
  soort: WijzigingSoort;
  waarden: Invoer;
  fouten: readonly VeldFout[];
  /** Who is in the household now (for the choice of child or partner). */
  huishouden?: MijnHuishouden;
}) {
  const titel = t(SOORT_LABEL[soort]);
  if (soort === 'kinderopvang' && huishouden && huishouden.kinderen.length === 0)
    return (
      <Layout ctx={ctx} titel={titel}>
        <Heading level={1}>{titel}</Heading>
        <Paragraph soort="lead">{t('wijziging.geenKinderen')}</Paragraph>
        <Paragraph>{t('wijziging.geenKinderenUitleg')}</Paragraph>
        <Paragraph>
          <Link href="/mijn/terugbellen">{t('portaal.menu.terugbellen')}</Link>
        </Paragraph>
        <Paragraph>
          <Link href="/mijn/wijziging">{t('wijziging.andere')}</Link>
        </Paragraph>
      </Layout>
    );
  return (
    <Layout ctx={ctx} titel={titel} heeftFouten={fouten.length > 0}>
      <Heading level={1}>{titel}</Heading>
      <Paragraph>{t('wijziging.formulierIntro')}</Paragraph>
      <Paragraph>{t('proef.verplicht')}</Paragraph>
      <Foutensamenvatting fouten={fouten} />
      <PostFormulier action={`/mijn/wijziging/${soort}`} csrf={ctx.csrf}>
        <Velden soort={soort} waarden={waarden} fouten={fouten} {...(huishouden ? { huishouden } : {})} />
        <Knoppen>
          <Verzendknop naam="stap" waarde="voorbeeld">
            {t('wijziging.bekijk')}
          </Verzendknop>
        </Knoppen>
      </PostFormulier>
      <Paragraph>
        <Link href="/mijn/wijziging">{t('wijziging.andere')}</Link>
      </Paragraph>
    </Layout>
  );
}

const ZIN_TESTID: Record<Zin['soort'], string> = {
  voorkomen: 'voorkomen',
  terugNaJaar: 'terug-na-jaar',
  terugKlein: 'terug-klein',
  extra: 'extra',
  extraNaJaar: 'extra',
  klein: 'klein',
  gelijk: 'gelijk',
};

/** The preview's wording of each sentence (effectZinnen decides which are true). */
const WIJZIGING_ZINNEN: ZinTeksten = {
  voorkomen: 'wijziging.voorkomen',
  terugNaJaar: 'wijziging.terugNaJaar',
  terugKlein: 'wijziging.terugKlein',
  extra: 'wijziging.extra',
  extraNaJaar: 'wijziging.extraNaJaar',
  klein: 'wijziging.klein',
  gelijk: 'wijziging.gelijk',
};

function Effect({ e, jaar, grens }: { e: WijzigingsEffect; jaar: number; grens: number }) {
  const id = `effect-${e.regeling}`;
  const v = e.volgendeMaand;
  return (
    <section className="rm-kaart" aria-labelledby={id} data-regeling={e.regeling}>
      <Heading level={2} id={id}>
        {e.naam}
      </Heading>
      {v ? (
        <p className="rm-bedrag" data-testid="nieuw-per-maand">
          {t('wijziging.nieuwPerMaand', { bedrag: euro(v.nieuw), maand: `${maandNaam(v.maand)} ${jaar}` })}
        </p>
      ) : (
        <Paragraph>{t('wijziging.geenMaandMeer')}</Paragraph>
      )}
      {v ? <Paragraph>{t('wijziging.nuPerMaand', { bedrag: euro(v.nu) })}</Paragraph> : null}
      <Paragraph>
        {t('wijziging.perJaar', { nu: euro(e.jaarbedragNu), nieuw: euro(e.jaarbedragNieuw) })}
      </Paragraph>
      {effectZinnen(e, grens).map((z) => (
        <Paragraph key={z.soort}>
          <span data-testid={ZIN_TESTID[z.soort]}>{zinTekst(z, WIJZIGING_ZINNEN)}</span>
        </Paragraph>
      ))}
      {e.maatwerk ? (
        <Alert type="info">
          <Paragraph>
            <span data-testid="maatwerk">
              {t('wijziging.maatwerk')}{' '}
              {t('wijziging.maatwerkNieuw', { bedrag: euro(e.maatwerk.standaardNieuw) })}
            </span>
          </Paragraph>
        </Alert>
      ) : null}
    </section>
  );
}

export function WijzigingVoorbeeld({
  ctx,
  soort,
  waarden,
  uitkomst,
}: {
  ctx: PaginaContext;
  soort: WijzigingSoort;
  waarden: Invoer;
  uitkomst: WijzigingsUitkomst;
}) {
  return (
    <Layout ctx={ctx} titel={`${t('wijziging.voorbeeldTitel')}: ${t(SOORT_LABEL[soort]).toLowerCase()}`}>
      <Heading level={1}>{t('wijziging.voorbeeldTitel')}</Heading>
      <Paragraph soort="lead">{t('wijziging.voorbeeldIntro')}</Paragraph>
      {uitkomst.partnerclaim ? (
        <Alert type="info">
          <Paragraph>
            <span data-testid="partner-controle">{t('wijziging.partnerControle')}</span>
          </Paragraph>
        </Alert>
      ) : uitkomst.effecten.length === 0 ? (
        <Paragraph>{t('wijziging.geenEffect')}</Paragraph>
      ) : null}
      {uitkomst.effecten.map((e) => (
        <Effect key={e.regeling} e={e} jaar={uitkomst.jaar} grens={uitkomst.doelmatigheidsgrens ?? 0} />
      ))}
      <PostFormulier action={`/mijn/wijziging/${soort}`} csrf={ctx.csrf}>
        {VELDEN[soort].map((v) => (
          <input key={v} type="hidden" name={v} value={waarden[v] ?? ''} />
        ))}
        <Knoppen>
          <Verzendknop naam="stap" waarde="bevestig">
            {t('wijziging.bevestig')}
          </Verzendknop>
          <Verzendknop soort="secundair" naam="stap" waarde="aanpassen">
            {t('wijziging.aanpassen')}
          </Verzendknop>
        </Knoppen>
      </PostFormulier>
    </Layout>
  );
}
