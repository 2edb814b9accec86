/**
 * @module
 * The steps a case worker (or team lead) can take on an objection now, by its phase: claim its case;
 * the call (Awb 7:2 aims at hearing; the outcome a contact, it may end in withdrawal); plan, hold or
 * skip the hearing with the ground of Awb 7:3; grounds of a pro forma objection (6:6); judge a late
 * objection (6:11); an advisory committee (7:13, twelve weeks: 7:10 lid 1);
 * postpone once (7:10 lid 3); a notice of default (4:17); the decision (7:11, with
 * its reasons 7:12) with a preview of its letter; and the four-eyes approval or return.
 */
import { BESLISSINGEN, OVERSLAAN_GROND_IDS } from '@regelmaat/zaken';
import { Link } from '@utrecht/link-react';
import type { ReactNode } from 'react';
import { Foutensamenvatting } from '../../components/Foutensamenvatting';
import { Knoppen, PostFormulier, Verzendknop } from '../../components/formulier';
import { Alert, Heading, Paragraph } from '../../components/nlds';
import { foutVoor, Keuzelijst, Keuzerondjes, Tekstvak, Tekstveld } from '../../components/velden';
import { euro } from '../../opmaak';
import { regelingNaam } from '../weergave';
import type { BezwaarPaginaProps } from './BezwaarPagina';
import { BESLISSING_GROND, BESLISSING_NAAM, overslaanLabel } from './weergave';

export function BezwaarActies(p: BezwaarPaginaProps) {
  const { d, ik } = p;
  const b = d.bezwaar;
  const pad = `/werk/bezwaren/${b.id}`;
  const open = b.fase !== 'beslist' && b.fase !== 'ingetrokken' && b.fase !== 'wacht-op-goedkeuring';
  const mijn = d.zaak.behandelaar === ik.id && d.zaak.status === 'in-behandeling';
  const leider = ik.rol === 'teamleider';
  const w = (naam: string) => (p.formulier?.naam === naam ? p.formulier.waarden : {});
  const f = (naam: string) => foutVoor(p.formulier?.naam === naam ? p.formulier.fouten : []);
  const Formulier = ({
    naam,
    titel,
    knop,
    children,
  }: {
    naam: string;
    titel: string;
    knop: ReactNode;
    children: ReactNode;
  }) => (
    <div className="rm-kaart" id={`stap-${naam.replace('/', '-')}`}>
      <Heading level={3}>{titel}</Heading>
      {p.formulier?.naam === naam ? <Foutensamenvatting fouten={p.formulier.fouten} /> : null}
      <PostFormulier action={`${pad}/${naam}`} csrf={p.ctx.csrf}>
        {children}
        <Knoppen>{knop}</Knoppen>
      </PostFormulier>
    </div>
  );
  const delen: ReactNode[] = [];

  if (d.zaak.status === 'open' && open)
    delen.push(
      <Formulier
        key="oppakken"
        naam="oppakken"
        titel="Zaak oppakken"
        knop={<Verzendknop>Pak dit bezwaar op</Verzendknop>}
      >
        <input type="hidden" name="versie" value={d.zaak.versie} />
      </Formulier>,
    );
  if (open && !mijn && d.zaak.status !== 'open')
    delen.push(
      <Paragraph key="niet-mijn">Alleen de behandelaar van de zaak kan de stappen zetten.</Paragraph>,
    );

  if (open && mijn) {
    if (b.fase === 'ingediend')
      delen.push(
        <Formulier
          key="gesprek"
          naam="gesprek"
          titel="Gesprek met de indiener vastleggen"
          knop={<Verzendknop>Gesprek vastleggen</Verzendknop>}
        >
          <Paragraph>
            Bel eerst: begrijp het bezwaar en leg het besluit uit.{' '}
            {b.contact.telefoon ? `Telefoon: ${b.contact.telefoon}.` : 'Er is geen telefoonnummer opgegeven.'}
          </Paragraph>
          <Tekstvak
            name="uitkomst"
            label="Uitkomst van het gesprek"
            value={w('gesprek').uitkomst ?? ''}
            fout={f('gesprek')('uitkomst')}
            verplicht
            rijen={3}
          />
          <Keuzerondjes
            name="ingetrokken"
            legend="Trekt de indiener het bezwaar in?"
            keuzes={[
              { waarde: 'nee', label: 'Nee, het bezwaar loopt door' },
              { waarde: 'ja', label: 'Ja, het bezwaar is ingetrokken (de zaak wordt afgerond)' },
            ]}
            value={w('gesprek').ingetrokken ?? 'nee'}
            fout={f('gesprek')('ingetrokken')}
          />
        </Formulier>,
      );
    if (b.fase === 'gebeld')
      delen.push(
        <Formulier
          key="hoorzitting"
          naam="hoorzitting"
          titel="Hoorzitting plannen (Awb 7:2)"
          knop={<Verzendknop>Hoorzitting plannen</Verzendknop>}
        >
          <Tekstveld
            name="op"
            beschrijving="Bijvoorbeeld 15-3-2026"
            label="Datum van de hoorzitting"
            value={w('hoorzitting').op ?? ''}
            fout={f('hoorzitting')('op')}
            verplicht
          />
        </Formulier>,
      );
    if (b.fase === 'gebeld' || b.fase === 'horen')
      delen.push(
        <Formulier
          key="overslaan"
          naam="hoorzitting/overslaan"
          titel="Geen hoorzitting (Awb 7:3)"
          knop={<Verzendknop soort="secundair">Hoorzitting overslaan</Verzendknop>}
        >
          <Keuzerondjes
            name="grond"
            legend="Waarom wordt de indiener niet gehoord?"
            keuzes={OVERSLAAN_GROND_IDS.map((g) => ({ waarde: g, label: overslaanLabel(g) }))}
            value={w('hoorzitting/overslaan').grond ?? ''}
            fout={f('hoorzitting/overslaan')('grond')}
            verplicht
          />
          <Tekstvak
            name="toelichting"
            label="Toelichting"
            value={w('hoorzitting/overslaan').toelichting ?? ''}
            fout={f('hoorzitting/overslaan')('toelichting')}
            verplicht
            rijen={2}
          />
        </Formulier>,
      );
    if (b.fase === 'horen')
      delen.push(
        <Formulier
          key="verslag"
          naam="hoorzitting/verslag"
          titel="Hoorzitting gehouden (Awb 7:7)"
          knop={<Verzendknop>Verslag vastleggen</Verzendknop>}
        >
          <Tekstvak
            name="verslag"
            label="Verslag van de hoorzitting"
            value={w('hoorzitting/verslag').verslag ?? ''}
            fout={f('hoorzitting/verslag')('verslag')}
            verplicht
            rijen={4}
          />
        </Formulier>,
      );
    if (b.gronden === null)
      delen.push(
        <Formulier
          key="gronden"
          naam="gronden"
          titel="Gronden ontvangen (Awb 6:6)"
          knop={<Verzendknop soort="secundair">Gronden vastleggen</Verzendknop>}
        >
          <Tekstvak
            name="gronden"
            label="Gronden"
            value={w('gronden').gronden ?? ''}
            fout={f('gronden')('gronden')}
            verplicht
            rijen={3}
          />
          <Tekstveld
            name="ontvangenOp"
            beschrijving="Bijvoorbeeld 15-3-2026"
            label="Ontvangen op"
            value={w('gronden').ontvangenOp ?? ''}
            fout={f('gronden')('ontvangenOp')}
            verplicht
          />
        </Formulier>,
      );
    if (!b.tijdig && b.verschoonbaar === null)
      delen.push(
        <Formulier
          key="te-laat"
          naam="te-laat"
          titel="Te laat: verschoonbaar? (Awb 6:11)"
          knop={<Verzendknop>Oordeel vastleggen</Verzendknop>}
        >
          <Keuzerondjes
            name="verschoonbaar"
            legend="Is de termijnoverschrijding verschoonbaar?"
            keuzes={[
              { waarde: 'ja', label: 'Ja: het bezwaar wordt behandeld' },
              { waarde: 'nee', label: 'Nee: het bezwaar is niet-ontvankelijk' },
            ]}
            value={w('te-laat').verschoonbaar ?? ''}
            fout={f('te-laat')('verschoonbaar')}
            verplicht
          />
          <Tekstvak
            name="toelichting"
            label="Toelichting"
            value={w('te-laat').toelichting ?? ''}
            fout={f('te-laat')('toelichting')}
            verplicht
            rijen={2}
          />
        </Formulier>,
      );
    if (!b.adviescommissie)
      delen.push(
        <Formulier
          key="adviescommissie"
          naam="adviescommissie"
          titel="Adviescommissie inschakelen (Awb 7:13)"
          knop={<Verzendknop soort="secundair">Adviescommissie inschakelen</Verzendknop>}
        >
          <Paragraph>
            Een adviescommissie hoort de indiener en adviseert over de beslissing. De beslistermijn wordt dan
            twaalf weken in plaats van zes (Awb 7:10 lid 1). De indiener ziet de nieuwe datum en de reden in
            Mijn zaken.
          </Paragraph>
        </Formulier>,
      );
    if (b.verdaagdOp === null)
      delen.push(
        <Formulier
          key="verdaging"
          naam="verdaging"
          titel="Beslissing verdagen (één keer, zes weken; Awb 7:10 lid 3)"
          knop={<Verzendknop soort="secundair">Verdagen en brief sturen</Verzendknop>}
        >
          <Tekstvak
            name="reden"
            label="Reden (staat in de brief aan de indiener)"
            value={w('verdaging').reden ?? ''}
            fout={f('verdaging')('reden')}
            verplicht
            rijen={2}
          />
        </Formulier>,
      );
    if (b.ingebrekestellingOp === null)
      delen.push(
        <Formulier
          key="ingebrekestelling"
          naam="ingebrekestelling"
          titel="Ingebrekestelling ontvangen (Awb 4:17)"
          knop={<Verzendknop soort="secundair">Ingebrekestelling vastleggen</Verzendknop>}
        >
          <Tekstveld
            name="ontvangenOp"
            beschrijving="Bijvoorbeeld 15-3-2026"
            label="Ontvangen op"
            value={w('ingebrekestelling').ontvangenOp ?? ''}
            fout={f('ingebrekestelling')('ontvangenOp')}
            verplicht
          />
        </Formulier>,
      );
    if (b.fase === 'te-beslissen') {
      const wb = w('beslissing');
      delen.push(
        <Formulier
          key="beslissing"
          naam="beslissing"
          titel="Beslissen op het bezwaar (Awb 7:11)"
          knop={
            <>
              <Verzendknop soort="secundair" formAction={`${pad}/beslissing/voorbeeld`}>
                Voorbeeld van de brief
              </Verzendknop>
              <Verzendknop>Beslissen</Verzendknop>
            </>
          }
        >
          <Keuzerondjes
            name="beslissing"
            legend="Beslissing"
            keuzes={BESLISSINGEN.map((x) => ({
              waarde: x,
              label: `${BESLISSING_NAAM[x]} — ${BESLISSING_GROND[x]}`,
            }))}
            value={wb.beslissing ?? ''}
            fout={f('beslissing')('beslissing')}
            verplicht
          />
          <Tekstvak
            name="motivering"
            label="Motivering (Awb 7:12; staat in de brief)"
            value={wb.motivering ?? ''}
            fout={f('beslissing')('motivering')}
            verplicht
            rijen={4}
          />
          <Keuzelijst
            name="regeling"
            label="Toeslag met een nieuw bedrag (alleen bij (deels) gegrond)"
            keuzes={[
              { waarde: '', label: '—' },
              ...[...new Set(d.bestreden.map((x) => x.regeling))].map((r) => ({
                waarde: r,
                label: regelingNaam(r),
              })),
            ]}
            value={wb.regeling ?? ''}
            fout={f('beslissing')('regeling')}
          />
          <Tekstveld
            name="nieuwJaarbedrag"
            label="Nieuw jaarbedrag in euro (alleen bij (deels) gegrond)"
            beschrijving={`Nu: ${d.bestreden.map((x) => `${regelingNaam(x.regeling)} ${euro(x.jaarbedrag)}`).join(', ')}. Boven de goedkeuringsdrempel keurt een teamleider de beslissing goed (vier ogen).`}
            value={wb.nieuwJaarbedrag ?? ''}
            fout={f('beslissing')('nieuwJaarbedrag')}
            inputMode="decimal"
            breedte={12}
          />
        </Formulier>,
      );
    }
  }

  if (b.fase === 'wacht-op-goedkeuring') {
    delen.push(
      <Alert key="wacht" type="info">
        <Paragraph>
          De beslissing wacht op goedkeuring door een teamleider die haar niet zelf voorstelde (vier ogen).{' '}
          <Link href={`${pad}/beslissing/voorbeeld`}>Bekijk de brief zoals die wordt verstuurd</Link>.
        </Paragraph>
      </Alert>,
    );
    if (leider && b.auteur !== ik.id)
      delen.push(
        <Formulier
          key="goedkeuring"
          naam="beslissing/goedkeuring"
          titel="Goedkeuren (vier ogen)"
          knop={<Verzendknop>Goedkeuren: nieuw besluit en brief versturen</Verzendknop>}
        >
          <Paragraph>
            Na goedkeuring volgen het nieuwe besluit, de brief daarvan en de beslissing op bezwaar.
          </Paragraph>
        </Formulier>,
        <Formulier
          key="afwijzing"
          naam="beslissing/afwijzing"
          titel="Terugsturen naar de behandelaar"
          knop={<Verzendknop soort="secundair">Terugsturen</Verzendknop>}
        >
          <Tekstvak
            name="toelichting"
            label="Waarom terug?"
            value={w('beslissing/afwijzing').toelichting ?? ''}
            fout={f('beslissing/afwijzing')('toelichting')}
            verplicht
            rijen={2}
          />
        </Formulier>,
      );
    else if (leider)
      delen.push(
        <Paragraph key="eigen">
          U stelde deze beslissing zelf voor; een andere teamleider keurt haar goed.
        </Paragraph>,
      );
  }
  if (b.fase === 'beslist')
    delen.push(<Paragraph key="klaar">Er is beslist. De brieven staan hieronder.</Paragraph>);
  if (b.fase === 'ingetrokken') delen.push(<Paragraph key="klaar">Het bezwaar is ingetrokken.</Paragraph>);
  return <>{delen}</>;
}
