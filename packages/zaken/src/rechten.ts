/**
 * @module
 * Who may do what with a case. Case work is for the roles `behandelaar` and `teamleider`; an actor
 * with a team works only on that team's cases (an actor without a team is not limited by team).
 * Only a team lead reassigns and approves, and never their own maatwerk decision (four-eyes).
 */
import type { Actor } from './typen';

export const WERKROLLEN: readonly string[] = ['behandelaar', 'teamleider'];

export function magZaakwerk(actor: Actor): boolean {
  return typeof actor?.id === 'string' && actor.id.trim() !== '' && WERKROLLEN.includes(actor.rol);
}

export function isTeamleider(actor: Actor): boolean {
  return magZaakwerk(actor) && actor.rol === 'teamleider';
}

export function magTeam(actor: Actor, team: string): boolean {
  return actor.team === undefined || actor.team === team;
}

export const MELDING_ROL = 'Alleen een behandelaar of teamleider mag zaken behandelen.';
export const MELDING_TEAMLEIDER = 'Alleen een teamleider mag dit doen.';
export const teamMelding = (team: string) => `Deze zaak hoort bij team ${team}; u werkt niet in dat team.`;
