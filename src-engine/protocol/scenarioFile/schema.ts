import { z } from 'zod';
import { costOverridesSchema } from '../../sim/costModel';
import { MODEL_IDS, unknownModelMessage } from '../../sim/models/catalog';
import { checkModelSettingsData } from '../../sim/models/checkSettings';

/** Value of the `format` field of every scenario file. */
export const SCENARIO_FORMAT = 'gosched-scenario';
/** The version this app writes, and the newest it reads. */
export const SCENARIO_VERSION = 2;
/**
 * The top-level fields this version knows, in the order a saved file lists them (unknown fields follow,
 * kept from the file they were read from). The reader's unknown-field check and the writer's order use it.
 */
export const SCENARIO_FIELDS: readonly string[] = [
  '$schema',
  'format',
  'version',
  'title',
  'description',
  'settings',
  'program',
  'beats',
  'breakpoints',
  'view',
];
/** Where the JSON Schema of the current version is published; saved files point `$schema` here. */
export const SCENARIO_SCHEMA_URL = 'https://gosched.dev/schema/gosched-scenario.v2.schema.json';
/** Largest scenario file the app opens, bytes. */
export const MAX_SCENARIO_FILE_BYTES = 5 * 1024 * 1024;

const int = z.number().int();

/** When a beat happens: at a virtual time, at an event's position, or at the nth event matching a filter. */
export const beatAtSchema = z.union([
  z.strictObject({ timeNs: int.min(0).describe('Virtual time, ns.') }),
  z.strictObject({ seq: int.min(0).describe('Position of an event in the log, from 0.') }),
  z.strictObject({
    fn: z.string().min(1).describe('Runtime function of the event, e.g. runtime.runqsteal.'),
    g: int.min(1).optional().describe('Only events of this goroutine.'),
    nth: int.min(1).default(1).describe('Which match, from 1.'),
  }),
]);

/** A narrated moment of a lesson. */
export const beatSchema = z.looseObject({
  at: beatAtSchema,
  caption: z.string().min(1).max(2000),
  pause: z.boolean().optional().describe('Pause playback when the beat is reached.'),
});

/** Event categories a breakpoint can stop on (see sim/insight/classify.ts). */
export const BREAK_EVENT_KINDS = [
  'steal',
  'handoff',
  'preempt',
  'stw',
  'create',
  'block',
  'wake',
  'exit',
  'deadlock',
] as const;

/** A breakpoint: pause when an event of a category happens, when a goroutine does anything, or at a line. */
export const breakpointSchema = z.strictObject({
  id: z.string().min(1).max(40),
  enabled: z.boolean().default(true),
  on: z.union([
    z.strictObject({ event: z.enum(BREAK_EVENT_KINDS).describe('Pause on an event of this kind.') }),
    z.strictObject({ g: int.min(1).describe('Pause on any event of this goroutine.') }),
    z.strictObject({ line: int.min(1).describe('Pause when any goroutine reaches this source line.') }),
  ]),
});

/** Run settings saved with a scenario. */
export const settingsSchema = z
  .looseObject({
    cores: int.min(1).max(256).describe('CPU cores of the simulated machine; the default GOMAXPROCS.'),
    gomaxprocs: int.min(1).max(256).optional().describe('GOMAXPROCS at start, when it differs from cores.'),
    seed: int.min(0).max(0xffff_ffff).describe('Seed of the engine PRNG: same seed, same run.'),
    cost: costOverridesSchema
      .optional()
      .describe('Cost model overrides, ns by name (the same validation the engine applies).'),
    model: z
      .enum(MODEL_IDS, { error: (iss) => unknownModelMessage(String(iss.input)) })
      .default('go')
      .describe(
        'Scheduler model the program runs under (docs/go-scheduler.md §11); go is today’s scheduler.',
      ),
    modelSettings: z
      .record(z.string(), z.number())
      .optional()
      .describe('Named settings of the model (costs, sizes), by name; see docs/models.md.'),
  })
  .superRefine((s, ctx) => {
    for (const p of checkModelSettingsData(s.model, s.cores, s.modelSettings)) {
      ctx.addIssue({
        code: 'custom',
        message: p.message,
        path: p.setting === undefined ? ['model'] : ['modelSettings', p.setting],
      });
    }
  });

/** How the stage was set up when the scenario was saved. */
export const viewSchema = z.looseObject({
  theme: z.enum(['light', 'dark', 'projector']).optional(),
  speed: z.number().min(0.01).max(100).optional(),
  follow: int.min(1).optional().describe('Goroutine the view follows.'),
});

/**
 * A scenario file, version 2 (version 1 had no breakpoints): the single definition the app, the command line and the published JSON
 * Schema all derive from.
 *
 * @remarks Unknown fields are **kept**: they are read, reported as a warning, and written back on save,
 * so a file touched by a newer app or another tool loses nothing. A newer `version` is refused instead.
 */
export const scenarioFileSchema = z.looseObject({
  $schema: z.string().optional(),
  format: z.literal(SCENARIO_FORMAT),
  version: z.literal(SCENARIO_VERSION),
  title: z.string().min(1).max(200),
  description: z.string().max(4000).default(''),
  settings: settingsSchema,
  program: z.string().max(MAX_SCENARIO_FILE_BYTES),
  beats: z.array(beatSchema).max(1000).default([]),
  breakpoints: z.array(breakpointSchema).max(200).default([]).describe('Where the run pauses (version 2).'),
  view: viewSchema.default({}),
});

/** A scenario as the app holds it. */
export type ScenarioFile = z.output<typeof scenarioFileSchema>;
/** A beat of a scenario. */
export type Beat = z.output<typeof beatSchema>;
/** A breakpoint of a scenario. */
export type Breakpoint = z.output<typeof breakpointSchema>;
