import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkTree } from './check-dependency-direction.mjs';

const bomen = [];
afterEach(() => {
  for (const b of bomen.splice(0)) rmSync(b, { recursive: true, force: true });
});

function manifest(name, laag, dependencies = {}, devDependencies = {}) {
  return JSON.stringify({ name, ...(laag ? { regelmaat: { laag } } : {}), dependencies, devDependencies });
}

/** A small workspace: kernel (pure), law (pure), db (store), diensten, api; `extra` adds or replaces files. */
function boom(extra = {}) {
  const root = mkdtempSync(join(tmpdir(), 'richting-'));
  bomen.push(root);
  const bestanden = {
    'package.json': JSON.stringify({ devDependencies: { vitest: '*' } }),
    'packages/kernel/package.json': manifest('@regelmaat/kernel', 'puur'),
    'packages/kernel/src/index.ts': "export const x = new Date('2026-01-01');\n",
    'packages/law/package.json': manifest('@regelmaat/law', 'puur', { '@regelmaat/kernel': '*' }),
    'packages/law/src/index.ts': "import { x } from '@regelmaat/kernel';\nexport const y = x;\n",
    'packages/db/package.json': manifest('@regelmaat/db', 'opslag', { '@regelmaat/kernel': '*', pg: '*' }),
    'packages/db/src/index.ts':
      "import pg from 'pg';\nexport const q = 'SELECT id FROM huishouden';\nexport { pg };\n",
    'packages/diensten/package.json': manifest('@regelmaat/diensten', 'diensten', { '@regelmaat/db': '*' }),
    'packages/diensten/src/index.ts': "export const q = 'INSERT INTO levensgebeurtenis (id) VALUES (1)';\n",
    'apps/api/package.json': manifest(
      '@regelmaat/api',
      'app',
      { '@regelmaat/diensten': '*' },
      { '@regelmaat/db': '*' },
    ),
    'apps/api/src/index.ts': "import { q } from '@regelmaat/diensten';\nexport { q };\n",
    'apps/api/src/api.test.ts':
      "import { it } from 'vitest';\nimport type { Db } from '@regelmaat/db';\nconst s = 'SELECT * FROM zaak';\nit('', () => {});\n",
    ...extra,
  };
  for (const [pad, tekst] of Object.entries(bestanden)) {
    mkdirSync(dirname(join(root, pad)), { recursive: true });
    writeFileSync(join(root, pad), tekst);
  }
  return root;
}

describe('check-dependency-direction', () => {
  it('passes a tree that keeps every rule', () => {
    expect(checkTree(boom())).toEqual([]);
  });

  it('wants a layer in every manifest', () => {
    const p = checkTree(boom({ 'packages/kernel/package.json': manifest('@regelmaat/kernel', undefined) }));
    expect(p).toEqual([
      expect.stringContaining('packages/kernel/package.json: "regelmaat": { "laag": … } must be one of'),
    ]);
  });

  it('refuses a dependency on a higher layer, also in devDependencies', () => {
    const p = checkTree(
      boom({
        'packages/law/package.json': manifest(
          '@regelmaat/law',
          'puur',
          { '@regelmaat/kernel': '*' },
          { '@regelmaat/db': '*' },
        ),
      }),
    );
    expect(p).toEqual([
      expect.stringContaining('@regelmaat/law (puur) may not depend on @regelmaat/db (opslag'),
    ]);
  });

  it('keeps database and network libraries out of pure manifests', () => {
    const p = checkTree(
      boom({
        'packages/law/package.json': manifest('@regelmaat/law', 'puur', {
          '@regelmaat/kernel': '*',
          pg: '*',
        }),
      }),
    );
    expect(p).toEqual([expect.stringContaining('@regelmaat/law is pure and may not depend on pg')]);
  });

  it('refuses a cycle within a layer', () => {
    const p = checkTree(
      boom({
        'packages/kernel/package.json': manifest('@regelmaat/kernel', 'puur', { '@regelmaat/law': '*' }),
      }),
    );
    expect(p).toEqual([
      expect.stringContaining('dependency cycle: @regelmaat/kernel → @regelmaat/law → @regelmaat/kernel'),
    ]);
  });

  it('lets a file import only what its manifest lists; tests also devDependencies and the root', () => {
    const p = checkTree(
      boom({
        'packages/law/src/a.ts': "import { z } from 'zod';\nimport { q } from '@regelmaat/db';\n",
        'packages/law/src/a.test.ts': "import { it } from 'vitest';\nimport { z } from 'zod';\n",
      }),
    );
    expect(p).toEqual([
      'packages/law/src/a.test.ts:2: @regelmaat/law may not import zod (not in its package.json dependencies or devDependencies)',
      'packages/law/src/a.ts:1: @regelmaat/law may not import zod (not in its package.json dependencies)',
      'packages/law/src/a.ts:2: @regelmaat/law may not import @regelmaat/db (not in its package.json dependencies)',
    ]);
  });

  it('refuses deep imports, and /testing outside tests', () => {
    const p = checkTree(
      boom({
        'packages/law/src/a.ts':
          "import { x } from '@regelmaat/kernel/src/geld';\nimport { t } from '@regelmaat/kernel/testing';\n",
      }),
    );
    expect(p).toEqual([
      expect.stringContaining('a.ts:1: deep import @regelmaat/kernel/src/geld'),
      expect.stringContaining('a.ts:2: only tests may import @regelmaat/kernel/testing'),
    ]);
  });

  it('lets brieven take only types from law', () => {
    const brieven = {
      'packages/brieven/package.json': manifest('@regelmaat/brieven', 'puur', { '@regelmaat/law': '*' }),
      'packages/brieven/src/a.ts':
        "import type { y } from '@regelmaat/law';\nimport { type y as z } from '@regelmaat/law';\n",
    };
    expect(checkTree(boom(brieven))).toEqual([]);
    const p = checkTree(
      boom({ ...brieven, 'packages/brieven/src/b.ts': "import { y } from '@regelmaat/law';\n" }),
    );
    expect(p).toEqual([
      expect.stringContaining('b.ts:1: @regelmaat/brieven may import only types from @regelmaat/law'),
    ]);
  });

  it('refuses a relative import into another package', () => {
    const p = checkTree(boom({ 'packages/law/src/a.ts': "export { q } from '../../db/src/index';\n" }));
    expect(p).toEqual([
      expect.stringContaining('a.ts:1: relative import ../../db/src/index reaches into @regelmaat/db'),
    ]);
  });

  it('keeps pure packages away from the clock, the network and processes (not their tests)', () => {
    const onzuiver = [
      "import https from 'node:https';",
      "import { exec } from 'child_process';",
      "import net from 'node:net';",
      "await fetch('https://example.org');",
      'const a = new Date();',
      'const b = Date();',
      'const c = Date.now();',
      'const d = process.hrtime();',
      'const e = performance.now();',
      "const f = new Date('2026-01-01'); // a civil date is fine",
    ].join('\n');
    const p = checkTree(
      boom({
        'packages/law/src/a.ts': onzuiver,
        'packages/law/src/a.test.ts': onzuiver.replaceAll('child_process', 'node:fs'),
      }),
    );
    expect(p.map((r) => r.replace(/^.*must stay pure /, ''))).toEqual([
      '(imports node:https)',
      '(imports child_process)',
      '(imports node:net)',
      '(calls fetch)',
      '(calls new Date())',
      '(calls Date())',
      '(calls Date.now)',
      '(calls process.hrtime)',
      '(calls performance.now)',
    ]);
  });

  it('allows SQL in the stores, in diensten on its own tables, and in tests only', () => {
    const p = checkTree(
      boom({
        'packages/law/src/a.ts': `export const q = \`DELETE FROM feit WHERE id = \${1}\`;\n`,
        'packages/diensten/src/b.ts': "export const q = 'UPDATE zaak SET status = 1';\n",
        'packages/diensten/src/c.ts':
          "export const q = 'SELECT m.id FROM levensgebeurtenis m JOIN huishouden h ON true';\n",
      }),
    );
    expect(p).toEqual([
      expect.stringContaining(
        'packages/diensten/src/b.ts:1: SQL outside the store packages on tables @regelmaat/diensten does not own (zaak)',
      ),
      expect.stringContaining(
        'packages/diensten/src/c.ts:1: SQL outside the store packages on tables @regelmaat/diensten does not own (huishouden)',
      ),
      expect.stringContaining('packages/law/src/a.ts:1: SQL outside the store packages; call the package'),
    ]);
  });

  it('keeps the database package out of the API and the web, except in their tests', () => {
    const p = checkTree(
      boom({
        'apps/api/package.json': manifest('@regelmaat/api', 'app', {
          '@regelmaat/diensten': '*',
          '@regelmaat/db': '*',
        }),
        'apps/api/src/index.ts': "import { q } from '@regelmaat/db';\nexport { q };\n",
      }),
    );
    expect(p).toEqual([
      expect.stringContaining('@regelmaat/api may use @regelmaat/db only in its tests (devDependencies)'),
    ]);
    const q = checkTree(
      boom({ 'apps/api/src/index.ts': "import { q } from '@regelmaat/db';\nexport { q };\n" }),
    );
    expect(q).toEqual([
      expect.stringContaining('apps/api/src/index.ts:1: @regelmaat/api may not import @regelmaat/db'),
    ]);
  });
});
