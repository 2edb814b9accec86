/** `regelmaat schema` — the JSON Schema of the household input (`npm run schema:generate` writes it to the repository). */
import { HuishoudenSchema } from '@regelmaat/law';
import { z } from 'zod';
import { ontleed } from '../argumenten';
import type { Io } from './io';

export function jsonSchema(): string {
  const schema = z.toJSONSchema(HuishoudenSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, $id: 'https://regelmaat.example/schema/huishouden.schema.json' }, null, 2)}\n`;
}

export async function schema(args: string[], io: Io): Promise<number> {
  ontleed(args, {}); // no options: anything given is named as unknown
  io.stdout(jsonSchema());
  return 0;
}
