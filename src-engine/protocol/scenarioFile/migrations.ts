/** A file's JSON before validation: whatever an older version wrote. */
export type RawScenario = Record<string, unknown>;

/**
 * One step of the migration path: turns a version-`from` document into a version-`from + 1` document.
 * Steps are pure and never drop user content they do not understand.
 */
export interface Migration {
  readonly from: number;
  readonly describe: string;
  migrate(doc: RawScenario): RawScenario;
}

/**
 * The numbered migration path, `sequence/N` style: entry N migrates version N to N + 1. A format change adds
 * a step here and bumps `SCENARIO_VERSION`.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    describe:
      'version 2: settings.model names the scheduler model (files from before it ran under the Go scheduler) and breakpoints are kept (none in a version 1 file)',
    migrate: (doc) => {
      const withBreakpoints = {
        ...doc,
        breakpoints: Array.isArray(doc['breakpoints']) ? doc['breakpoints'] : [],
      };
      const settings = doc['settings'];
      if (typeof settings !== 'object' || settings === null || Array.isArray(settings))
        return withBreakpoints;
      const s = settings as Record<string, unknown>;
      return 'model' in s ? withBreakpoints : { ...withBreakpoints, settings: { ...s, model: 'go' } };
    },
  },
];

/**
 * Migrates `doc` from `version` to `target` one step at a time. Throws when a step is missing, which
 * can only be a programming error (a version bump without its migration).
 */
export function migrate(
  doc: RawScenario,
  version: number,
  target: number,
  steps: readonly Migration[] = MIGRATIONS,
): RawScenario {
  let current = doc;
  for (let v = version; v < target; v++) {
    const step = steps.find((s) => s.from === v);
    if (step === undefined) throw new Error(`no migration from scenario version ${v} to ${v + 1}`);
    current = { ...step.migrate(current), version: v + 1 };
  }
  return current;
}
