import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, scenarioJsonSchemaText } from './jsonSchema';

describe('published JSON Schema', () => {
  it('matches the zod definition (run `npm run schema` after changing it)', () => {
    const committed = readFileSync(
      resolve(import.meta.dirname, '../../../schema/gosched-scenario.v2.schema.json'),
      'utf8',
    );
    expect(committed).toBe(scenarioJsonSchemaText());
  });
  it('requires the fields a file cannot do without', () => {
    expect(scenarioJsonSchema()['required']).toEqual(
      expect.arrayContaining(['format', 'version', 'title', 'settings', 'program']),
    );
  });
});
