/**
 * The queue's case-type filter takes every case type of the one list in `zaken` (it was a copy
 * that lacked `bezwaar`, so objections could not be filtered over the API), and nothing else.
 */
import { ZAAKTYPEN } from '@regelmaat/zaken';
import { expect, it } from 'vitest';
import { ZAAK_ROUTES } from './zaken';

it('filters the queue on every case type, and only those', () => {
  const query = ZAAK_ROUTES.find((r) => r.operationId === 'werkvoorraad')!.query!;
  expect(ZAAKTYPEN.map((t) => t.id)).toContain('bezwaar');
  for (const t of ZAAKTYPEN) expect(query.safeParse({ soort: t.id }).success, t.id).toBe(true);
  expect(query.safeParse({ soort: 'onbekend' }).success).toBe(false);
});
