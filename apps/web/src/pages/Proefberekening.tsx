/**
 * @module
 * /proefberekening: the public trial calculation. A plain HTML form (POST, works without
 * JavaScript; "add a child" is a submit button that returns the form with one more row), errors
 * per field with an error summary, and the result per toeslag with "Waarom dit bedrag?".
 */
import type { Berekening } from '@regelmaat/law';
import { Foutensamenvatting, type VeldFout } from '../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../components/formulier';
import { Layout, type PaginaContext } from '../components/Layout';
import { Heading, Paragraph } from '../components/nlds';
import { ToeslagUitkomst } from '../components/Uitleg';
import { foutVoor, Keuzelijst, Keuzerondjes, Tekstveld, Veldgroep } from '../components/velden';
import { type Formulier, JAREN, kindVeld, MAX_KINDEREN } from '../proefberekening/invoer';
import { t } from '../teksten';

export interface ProefProps {
  readonly ctx: PaginaContext;
  readonly formulier: Formulier;
  readonly fouten: readonly VeldFout[];
  readonly berekening?: Berekening;
}

function Formuliervelden({ formulier: f, fouten, ctx }: Omit<ProefProps, 'berekening'>) {
  const fout = foutVoor(fouten);
  const datumUitleg = t('proef.datumUitleg');
  return (
    <PostFormulier action="/proefberekening#resultaat" csrf={ctx.csrf}>
      {/* Default button for Enter in a text field (implicit submission takes the first submit button). */}
      <button type="submit" name="actie" value="berekenen" hidden tabIndex={-1} />
      <input type="hidden" name="aantalKinderen" value={String(f.kinderen.length)} />
      <Paragraph>{t('proef.verplicht')}</Paragraph>
      <Keuzerondjes
        name="jaar"
        legend={t('proef.jaar')}
        value={f.jaar}
        fout={fout('jaar')}
        verplicht
        keuzes={JAREN.map((j) => ({ waarde: j, label: j }))}
      />
      <Veldgroep legend={t('proef.u')}>
        <Tekstveld
          name="geboortedatum"
          label={t('proef.geboortedatum')}
          beschrijving={datumUitleg}
          value={f.geboortedatum}
          fout={fout('geboortedatum')}
          verplicht
          autoComplete="bday"
          breedte={12}
        />
        <Tekstveld
          name="inkomen"
          label={t('proef.inkomen')}
          beschrijving={t('proef.inkomenUitleg')}
          value={f.inkomen}
          fout={fout('inkomen')}
          verplicht
          inputMode="decimal"
          breedte={12}
        />
      </Veldgroep>
      <Keuzerondjes
        name="partner"
        legend={t('proef.partner')}
        beschrijving={t('proef.partnerUitleg')}
        value={f.partner}
        fout={fout('partner')}
        verplicht
        keuzes={[
          { waarde: 'nee', label: t('proef.partnerNee') },
          { waarde: 'ja', label: t('proef.partnerJa') },
        ]}
      />
      <Veldgroep
        legend={t('proef.partnerGegevens')}
        beschrijving={t('proef.partnerGegevensUitleg')}
        uitlegId="partner-gegevens-uitleg"
      >
        <Tekstveld
          name="partnerGeboortedatum"
          label={t('proef.partnerGeboortedatum')}
          beschrijving={datumUitleg}
          value={f.partnerGeboortedatum}
          fout={fout('partnerGeboortedatum')}
          breedte={12}
        />
        <Tekstveld
          name="partnerInkomen"
          label={t('proef.partnerInkomen')}
          value={f.partnerInkomen}
          fout={fout('partnerInkomen')}
          inputMode="decimal"
          breedte={12}
        />
      </Veldgroep>
      <Veldgroep legend={t('proef.huur')} beschrijving={t('proef.huurUitleg')} uitlegId="huur-uitleg">
        <Tekstveld
          name="kaleHuur"
          label={t('proef.kaleHuur')}
          beschrijving={t('proef.kaleHuurUitleg')}
          value={f.kaleHuur}
          fout={fout('kaleHuur')}
          inputMode="decimal"
          breedte={10}
        />
        <Tekstveld
          name="servicekosten"
          label={t('proef.servicekosten')}
          beschrijving={t('proef.servicekostenUitleg')}
          value={f.servicekosten}
          fout={fout('servicekosten')}
          inputMode="decimal"
          breedte={10}
        />
      </Veldgroep>
      <Veldgroep
        legend={t('proef.kinderen')}
        beschrijving={t('proef.kinderenUitleg')}
        uitlegId="kinderen-uitleg"
      >
        {f.kinderen.map((k, i) => {
          const nummer = i + 1;
          return (
            <div className="rm-kind" key={kindVeld(i, 'Geboortedatum')}>
              <Heading level={3}>{t('proef.kind', { nummer })}</Heading>
              <Tekstveld
                name={kindVeld(i, 'Geboortedatum')}
                label={t('proef.kindGeboortedatum', { nummer })}
                beschrijving={datumUitleg}
                value={k.geboortedatum}
                fout={fout(kindVeld(i, 'Geboortedatum'))}
                verplicht
                breedte={12}
              />
              <Keuzelijst
                name={kindVeld(i, 'Opvang')}
                label={t('proef.opvangSoort', { nummer })}
                value={k.opvang}
                fout={fout(kindVeld(i, 'Opvang'))}
                keuzes={[
                  { waarde: 'geen', label: t('proef.opvangGeen') },
                  { waarde: 'dagopvang', label: t('proef.opvangDag') },
                  { waarde: 'buitenschoolse-opvang', label: t('proef.opvangBso') },
                  { waarde: 'gastouderopvang', label: t('proef.opvangGastouder') },
                ]}
              />
              <Tekstveld
                name={kindVeld(i, 'Uren')}
                label={t('proef.opvangUren', { nummer })}
                beschrijving={t('proef.opvangUrenUitleg')}
                value={k.uren}
                fout={fout(kindVeld(i, 'Uren'))}
                inputMode="decimal"
                breedte={6}
              />
              <Tekstveld
                name={kindVeld(i, 'Uurprijs')}
                label={t('proef.opvangUurprijs', { nummer })}
                beschrijving={t('proef.opvangUurprijsUitleg')}
                value={k.uurprijs}
                fout={fout(kindVeld(i, 'Uurprijs'))}
                inputMode="decimal"
                breedte={8}
              />
            </div>
          );
        })}
        <Knoppen>
          {f.kinderen.length < MAX_KINDEREN ? (
            <Verzendknop
              soort="secundair"
              naam="actie"
              waarde="kind-toevoegen"
              formAction="/proefberekening#kinderen-uitleg"
            >
              {t('proef.kindToevoegen')}
            </Verzendknop>
          ) : null}
          {f.kinderen.length > 0 ? (
            <Verzendknop
              soort="secundair"
              naam="actie"
              waarde="kind-weghalen"
              formAction="/proefberekening#kinderen-uitleg"
            >
              {t('proef.kindWeghalen')}
            </Verzendknop>
          ) : null}
        </Knoppen>
      </Veldgroep>
      <Knoppen>
        <Verzendknop naam="actie" waarde="berekenen">
          {t('proef.berekenen')}
        </Verzendknop>
      </Knoppen>
    </PostFormulier>
  );
}

export function Proefberekening({ ctx, formulier, fouten, berekening }: ProefProps) {
  return (
    <Layout ctx={ctx} titel={t('proef.titel')} heeftFouten={fouten.length > 0}>
      <Heading level={1}>{t('proef.titel')}</Heading>
      <Paragraph soort="lead">{t('proef.intro')}</Paragraph>
      {berekening ? (
        <section aria-labelledby="resultaat" className="rm-resultaat">
          <Heading level={2} id="resultaat">
            {t('uitkomst.titel')}
          </Heading>
          <Paragraph>{t('uitkomst.intro', { jaar: berekening.berekeningsjaar })}</Paragraph>
          {berekening.toeslagen.map((r) => (
            <ToeslagUitkomst key={r.regeling} resultaat={r} />
          ))}
          <Heading level={2}>{t('uitkomst.opnieuw')}</Heading>
        </section>
      ) : null}
      <Foutensamenvatting fouten={fouten} />
      <Formuliervelden ctx={ctx} formulier={formulier} fouten={fouten} />
    </Layout>
  );
}
