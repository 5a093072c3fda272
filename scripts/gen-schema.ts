import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scenarioJsonSchemaText } from '../src-engine/protocol/scenarioFile/jsonSchema';

// Writes schema/gosched-scenario.v2.schema.json from the zod definition (`npm run schema`).
const dir = resolve(import.meta.dirname, '..', 'schema');
mkdirSync(dir, { recursive: true });
writeFileSync(resolve(dir, 'gosched-scenario.v2.schema.json'), scenarioJsonSchemaText());
console.log('schema: wrote schema/gosched-scenario.v2.schema.json');
