import { z } from 'zod';
import { SCENARIO_SCHEMA_URL, scenarioFileSchema } from './schema';

/**
 * The JSON Schema of the current scenario format, generated from the zod definition (the only source of
 * truth) and published in `schema/`. It describes what may be *written* (input side: defaults optional).
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(scenarioFileSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    ...generated,
    $id: SCENARIO_SCHEMA_URL,
    title: 'GoSched Studio scenario',
    description: 'A Go program, its run settings and the narrated beats of a lesson, for GoSched Studio.',
  };
}

/** The schema file's text, as committed. */
export function scenarioJsonSchemaText(): string {
  return JSON.stringify(scenarioJsonSchema(), null, 2) + '\n';
}
