/**
 * @module
 * The register of processing activities (AVG art. 30), loaded from `verwerkingsactiviteiten.yaml`
 * and validated: every field present and of the right kind, ids unique, and exactly the ids of
 * `ACTIVITEIT_IDS` (so code and register cannot drift apart). A problem stops loading with an error
 * that names the file and the field path.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ACTIVITEIT_IDS, type ActiviteitId, isActiviteitId } from './activiteiten';

export interface Grondslag {
  wet: string;
  artikel: string;
  toelichting?: string;
  /** Set when the reference still has to be verified by a lawyer. */
  openPunt?: string;
}

export interface Verwerkingsactiviteit {
  id: ActiviteitId;
  naam: string;
  doel: string;
  grondslag: readonly Grondslag[];
  categorieenBetrokkenen: readonly string[];
  categorieenGegevens: readonly string[];
  /** ISO 8601 duration, e.g. `P7Y`. */
  bewaartermijn: string;
  bewaartermijnToelichting: string;
}

export class RegisterFout extends Error {
  override name = 'RegisterFout';
}

const BESTAND = fileURLToPath(new URL('../verwerkingsactiviteiten.yaml', import.meta.url));
const DUUR = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?$/;

function tekst(waarde: unknown, pad: string, bron: string): string {
  if (typeof waarde !== 'string' || waarde.trim().length === 0) {
    throw new RegisterFout(
      `${bron}: ${pad}: verwacht een niet-lege tekst, gevonden ${JSON.stringify(waarde)}`,
    );
  }
  return waarde.trim();
}

function lijst(waarde: unknown, pad: string, bron: string): unknown[] {
  if (!Array.isArray(waarde) || waarde.length === 0) {
    throw new RegisterFout(`${bron}: ${pad}: verwacht een niet-lege lijst`);
  }
  return waarde;
}

function object(waarde: unknown, pad: string, bron: string): Record<string, unknown> {
  if (typeof waarde !== 'object' || waarde === null || Array.isArray(waarde)) {
    throw new RegisterFout(`${bron}: ${pad}: verwacht een object`);
  }
  return waarde as Record<string, unknown>;
}

const VELDEN = new Set([
  'id',
  'naam',
  'doel',
  'grondslag',
  'categorieen_betrokkenen',
  'categorieen_gegevens',
  'bewaartermijn',
  'bewaartermijn_toelichting',
]);

/** Parses and validates a register text. `bron` names the file in error messages. */
export function leesRegister(
  yamlTekst: string,
  bron = 'verwerkingsactiviteiten.yaml',
): Verwerkingsactiviteit[] {
  const wortel = object(parse(yamlTekst), '(bestand)', bron);
  const items = lijst(wortel.activiteiten, 'activiteiten', bron);
  const gezien = new Set<string>();
  const activiteiten = items.map((item, i): Verwerkingsactiviteit => {
    const pad = `activiteiten[${i}]`;
    const a = object(item, pad, bron);
    for (const k of Object.keys(a)) {
      if (!VELDEN.has(k)) throw new RegisterFout(`${bron}: ${pad}.${k}: onbekend veld`);
    }
    const id = tekst(a.id, `${pad}.id`, bron);
    if (!isActiviteitId(id)) {
      throw new RegisterFout(`${bron}: ${pad}.id: ${id} staat niet in ACTIVITEIT_IDS (src/activiteiten.ts)`);
    }
    if (gezien.has(id)) throw new RegisterFout(`${bron}: ${pad}.id: ${id} komt twee keer voor`);
    gezien.add(id);
    const bewaartermijn = tekst(a.bewaartermijn, `${pad}.bewaartermijn`, bron);
    if (!DUUR.test(bewaartermijn)) {
      throw new RegisterFout(
        `${bron}: ${pad}.bewaartermijn: verwacht een ISO 8601-duur zoals P7Y, gevonden ${bewaartermijn}`,
      );
    }
    return {
      id,
      naam: tekst(a.naam, `${pad}.naam`, bron),
      doel: tekst(a.doel, `${pad}.doel`, bron),
      grondslag: lijst(a.grondslag, `${pad}.grondslag`, bron).map((g, j) => {
        const gp = `${pad}.grondslag[${j}]`;
        const o = object(g, gp, bron);
        return {
          wet: tekst(o.wet, `${gp}.wet`, bron),
          artikel: tekst(o.artikel, `${gp}.artikel`, bron),
          ...(o.toelichting !== undefined
            ? { toelichting: tekst(o.toelichting, `${gp}.toelichting`, bron) }
            : {}),
          ...(o.open_punt !== undefined ? { openPunt: tekst(o.open_punt, `${gp}.open_punt`, bron) } : {}),
        };
      }),
      categorieenBetrokkenen: lijst(a.categorieen_betrokkenen, `${pad}.categorieen_betrokkenen`, bron).map(
        (c, j) => tekst(c, `${pad}.categorieen_betrokkenen[${j}]`, bron),
      ),
      categorieenGegevens: lijst(a.categorieen_gegevens, `${pad}.categorieen_gegevens`, bron).map((c, j) =>
        tekst(c, `${pad}.categorieen_gegevens[${j}]`, bron),
      ),
      bewaartermijn,
      bewaartermijnToelichting: tekst(a.bewaartermijn_toelichting, `${pad}.bewaartermijn_toelichting`, bron),
    };
  });
  const ontbreekt = ACTIVITEIT_IDS.filter((id) => !gezien.has(id));
  if (ontbreekt.length > 0) {
    throw new RegisterFout(`${bron}: activiteiten: ontbreekt in het register: ${ontbreekt.join(', ')}`);
  }
  return activiteiten;
}

/** The register, loaded and validated once when the module loads. */
export const ACTIVITEITEN: readonly Verwerkingsactiviteit[] = Object.freeze(
  leesRegister(readFileSync(BESTAND, 'utf8'), BESTAND),
);

const PER_ID = new Map(ACTIVITEITEN.map((a) => [a.id, a]));

/** The activity with this id (every ActiviteitId is in the register: checked on load). */
export function activiteit(id: ActiviteitId): Verwerkingsactiviteit {
  const a = PER_ID.get(id);
  if (!a) throw new RegisterFout(`Onbekende verwerkingsactiviteit: ${id}`);
  return a;
}
