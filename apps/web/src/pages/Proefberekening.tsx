/**
 * @module
 * /proefberekening: the public trial calculation. A plain HTML form (POST, works without
 * JavaScript; "add a child" is a submit button that returns the form with one more row; with
 * JavaScript, questions marked `data-toon-als` stay hidden until an answer makes them matter), errors
 * per field with an error summary, and the result per toeslag with "Waarom dit bedrag?".
 */
import type { Berekening } from '@regelmaat/law';
import { Foutensamenvatting, type VeldFout } from '../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../components/formulier';
import { Layout, type PaginaContext } from '../components/Layout';
import { Heading, Paragraph } from '../components/nlds';
import { ToeslagUitkomst } from '../components/Uitleg';
import { foutVoor, Keuzelijst, Keuzerondjes, Tekstveld, Veldgroep } from '../components/velden';
import type { Aanname } from '../proefberekening/aannames';
import { type Formulier, JAREN, kindVeld, MAX_KINDEREN } from '../proefberekening/invoer';
import { t } from '../teksten';

export interface ProefProps {
  readonly ctx: PaginaContext;
  readonly formulier: Formulier;
  readonly fouten: readonly VeldFout[];
  readonly berekening?: Berekening;
  /** What the calculation assumed without asking (shown with the result). */
  readonly aannames?: readonly Aanname[];
  /** The person lives abroad: no calculation, a plain explanation instead. */
  readonly buitenland?: boolean;
}

const jaNee = () => [
  { waarde: 'ja', label: t('proef.ja') },
  { waarde: 'nee', label: t('proef.nee') },
];

function Formuliervelden({ formulier: f, fouten, ctx }: Pick<ProefProps, 'formulier' | 'fouten' | 'ctx'>) {
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
        <Tekstveld
          name="vermogen"
          label={t('proef.vermogen')}
          beschrijving={t('proef.vermogenUitleg')}
          value={f.vermogen}
          fout={fout('vermogen')}
          inputMode="decimal"
          breedte={12}
        />
      </Veldgroep>
      <Keuzerondjes
        name="woonland"
        legend={t('proef.woonland')}
        value={f.woonland}
        fout={fout('woonland')}
        verplicht
        keuzes={jaNee()}
      />
      <Keuzerondjes
        name="verblijf"
        legend={t('proef.verblijf')}
        value={f.verblijf}
        fout={fout('verblijf')}
        verplicht
        keuzes={jaNee()}
      />
      <Keuzerondjes
        name="verzekerd"
        legend={t('proef.verzekerd')}
        value={f.verzekerd}
        fout={fout('verzekerd')}
        verplicht
        keuzes={jaNee()}
      />
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
      <div data-toon-als="partner=ja">
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
          <Tekstveld
            name="partnerVermogen"
            label={t('proef.partnerVermogen')}
            beschrijving={t('proef.partnerVermogenUitleg')}
            value={f.partnerVermogen}
            fout={fout('partnerVermogen')}
            inputMode="decimal"
            breedte={12}
          />
          <Keuzerondjes
            name="partnerVerblijf"
            legend={t('proef.partnerVerblijf')}
            value={f.partnerVerblijf}
            fout={fout('partnerVerblijf')}
            keuzes={jaNee()}
          />
          <Keuzerondjes
            name="partnerVerzekerd"
            legend={t('proef.partnerVerzekerd')}
            value={f.partnerVerzekerd}
            fout={fout('partnerVerzekerd')}
            keuzes={jaNee()}
          />
        </Veldgroep>
      </div>
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
        <div data-toon-als="kaleHuur!=">
          <Keuzerondjes
            name="zelfstandig"
            legend={t('proef.zelfstandig')}
            beschrijving={t('proef.zelfstandigUitleg')}
            value={f.zelfstandig}
            fout={fout('zelfstandig')}
            keuzes={jaNee()}
          />
        </div>
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
              <Keuzerondjes
                name={kindVeld(i, 'Kinderbijslag')}
                legend={t('proef.kinderbijslag', { nummer })}
                value={k.kinderbijslag}
                fout={fout(kindVeld(i, 'Kinderbijslag'))}
                verplicht
                keuzes={jaNee()}
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
              <div data-toon-als={`${kindVeld(i, 'Opvang')}!=geen`}>
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
                <Keuzerondjes
                  name={kindVeld(i, 'Geregistreerd')}
                  legend={t('proef.geregistreerd', { nummer })}
                  beschrijving={t('proef.geregistreerdUitleg')}
                  value={k.geregistreerd}
                  fout={fout(kindVeld(i, 'Geregistreerd'))}
                  keuzes={jaNee()}
                />
              </div>
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
      {f.kinderen.length > 0 ? (
        <div data-toon-als="opvang">
          <Veldgroep
            legend={t('proef.werkGroep')}
            beschrijving={t('proef.werkGroepUitleg')}
            uitlegId="werk-uitleg"
          >
            <Keuzerondjes
              name="werk"
              legend={t('proef.werk')}
              beschrijving={t('proef.werkUitleg')}
              value={f.werk}
              fout={fout('werk')}
              keuzes={jaNee()}
            />
            <div data-toon-als="partner=ja">
              <Keuzerondjes
                name="partnerWerk"
                legend={t('proef.partnerWerk')}
                beschrijving={t('proef.partnerWerkUitleg')}
                value={f.partnerWerk}
                fout={fout('partnerWerk')}
                keuzes={jaNee()}
              />
            </div>
          </Veldgroep>
        </div>
      ) : null}
      <Knoppen>
        <Verzendknop naam="actie" waarde="berekenen">
          {t('proef.berekenen')}
        </Verzendknop>
      </Knoppen>
    </PostFormulier>
  );
}

function Aannames({ aannames }: { aannames: readonly Aanname[] }) {
  return (
    <section aria-labelledby="aannames" className="rm-aannames">
      <Heading level={3} id="aannames">
        {t('aanname.titel')}
      </Heading>
      <Paragraph>{t('aanname.intro')}</Paragraph>
      <ul className="utrecht-unordered-list">
        {aannames.map((a) => (
          <li key={a.sleutel} className="utrecht-unordered-list__item" data-aanname={a.sleutel}>
            {a.tekst}
          </li>
        ))}
      </ul>
      <Paragraph>
        <a href="#gegevens-aanpassen">{t('aanname.aanpassen')}</a>
      </Paragraph>
    </section>
  );
}

export function Proefberekening({ ctx, formulier, fouten, berekening, aannames, buitenland }: ProefProps) {
  return (
    <Layout ctx={ctx} titel={t('proef.titel')} heeftFouten={fouten.length > 0}>
      <Heading level={1}>{t('proef.titel')}</Heading>
      <Paragraph soort="lead">{t('proef.intro')}</Paragraph>
      {berekening || buitenland ? (
        <section aria-labelledby="resultaat" className="rm-resultaat">
          <Heading level={2} id="resultaat">
            {t('uitkomst.titel')}
          </Heading>
          {berekening ? (
            <>
              <Paragraph>{t('uitkomst.intro', { jaar: berekening.berekeningsjaar })}</Paragraph>
              {aannames && aannames.length > 0 ? <Aannames aannames={aannames} /> : null}
              {berekening.toeslagen.map((r) => (
                <ToeslagUitkomst key={r.regeling} resultaat={r} />
              ))}
            </>
          ) : (
            <Paragraph>{t('uitkomst.buitenland')}</Paragraph>
          )}
          <Heading level={2} id="gegevens-aanpassen">
            {t('uitkomst.opnieuw')}
          </Heading>
        </section>
      ) : null}
      <Foutensamenvatting fouten={fouten} />
      <Formuliervelden ctx={ctx} formulier={formulier} fouten={fouten} />
    </Layout>
  );
}
