import { SCENARIO_FIELDS, SCENARIO_SCHEMA_URL, SCENARIO_VERSION, type ScenarioFile } from './schema';

/**
 * The text of a scenario file: stable key order (known fields first, then any unknown ones kept from
 * the file it was read from), two-space indentation, a final newline, `$schema` and `version` current.
 */
export function writeScenario(s: ScenarioFile): string {
  const doc: Record<string, unknown> = { ...s, $schema: SCENARIO_SCHEMA_URL, version: SCENARIO_VERSION };
  const ordered: Record<string, unknown> = {};
  for (const k of SCENARIO_FIELDS) if (doc[k] !== undefined) ordered[k] = doc[k];
  for (const k of Object.keys(doc)) if (!Object.hasOwn(ordered, k)) ordered[k] = doc[k];
  return JSON.stringify(ordered, null, 2) + '\n';
}
