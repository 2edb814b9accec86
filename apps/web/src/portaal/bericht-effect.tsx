/**
 * @module
 * The effect of a decided change on one toeslag as a partner's report message states it (a
 * childcare provider's deregistration, a corporation's rent change): the year amount before and
 * after, the next month, then the sentences `effectZinnen` chooses from the values — the same
 * truthful choice as the change preview (no rounding remainder as "more", no avoided recovery when
 * no month is left, a recovery at or below the doelmatigheidsgrens said as not collected). (A life
 * event's message says what a change *would* do: `Levensgebeurtenis.tsx`.)
 */
import { effectZinnen } from '@regelmaat/diensten';
import { Heading, Paragraph } from '../components/nlds';
import { euro, maandNaam } from '../opmaak';
import { t } from '../teksten';
import { type ZinTeksten, zinTekst } from './effect-zin';

/** One toeslag's effect as a message stores it. */
export interface BerichtEffect {
  regeling: string;
  naam: string;
  jaarbedragNu: number;
  jaarbedragNieuw: number;
  volgendeMaand?: { maand: number; nu: number; nieuw: number };
  voorkomenTerugvordering: number;
  terugvorderingNaJaar: number;
  extra: number;
  maatwerk: boolean;
}

/** A message's wording of each sentence (the partner reported, not the citizen). */
const BERICHT_ZINNEN: ZinTeksten = {
  voorkomen: 'bericht.partner.voorkomen',
  terugNaJaar: 'bericht.terugNaJaar',
  terugKlein: 'wijziging.terugKlein',
  extra: 'wijziging.extra',
  extraNaJaar: 'wijziging.extraNaJaar',
  klein: 'wijziging.klein',
  gelijk: 'wijziging.gelijk',
};

export function EffectVan({ e, grens }: { e: BerichtEffect; grens: number }) {
  const v = e.volgendeMaand;
  // `effectZinnen` reads the effect's values only; the maatwerk case says its own sentence.
  const zinnen = e.maatwerk ? [] : effectZinnen(e, grens);
  return (
    <section className="rm-kaart" aria-labelledby={`bericht-${e.regeling}`} data-regeling={e.regeling}>
      <Heading level={3} id={`bericht-${e.regeling}`}>
        {e.naam}
      </Heading>
      {e.maatwerk ? (
        <Paragraph>{t('bericht.maatwerk')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t('bericht.perJaar', { nu: euro(e.jaarbedragNu), nieuw: euro(e.jaarbedragNieuw) })}
          </Paragraph>
          {v && v.nieuw !== v.nu ? (
            <Paragraph>
              {t('bericht.perMaand', { maand: maandNaam(v.maand), bedrag: euro(v.nieuw) })}
            </Paragraph>
          ) : null}
          {zinnen.map((z) => (
            <Paragraph key={z.soort}>
              <span data-zin={z.soort}>{zinTekst(z, BERICHT_ZINNEN)}</span>
            </Paragraph>
          ))}
        </>
      )}
    </section>
  );
}
