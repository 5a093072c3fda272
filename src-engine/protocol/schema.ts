import { z } from 'zod';
import { LIMITS, type RendererToEngine } from './messages';
import { MAX_EVENTS_PAGE, MAX_G_LANES, MAX_LANE_BUCKETS } from './insight';
import { beatAtSchema, breakpointSchema } from './scenarioFile/schema';
import { oversized } from './sizeGuard';

const int = z.number().int();

const querySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('events'),
    from: int.min(0),
    count: int.min(0).max(MAX_EVENTS_PAGE),
    filter: z.strictObject({
      g: int.optional(),
      p: int.optional(),
      m: int.optional(),
      kinds: z.array(z.string().max(40)).max(64).optional(),
    }),
  }),
  z.strictObject({
    kind: z.literal('lanes'),
    t0Ns: z.number().min(0),
    t1Ns: z.number().min(0),
    buckets: int.min(1).max(MAX_LANE_BUCKETS),
    gFrom: int.min(0),
    gCount: int.min(0).max(MAX_G_LANES),
  }),
  z.strictObject({ kind: z.literal('metrics') }),
  z.strictObject({ kind: z.literal('goroutine'), g: int }),
]);

const settingsSchema = z.strictObject({
  cores: int.min(LIMITS.minCores).max(LIMITS.maxCores),
  seed: int.min(0).max(0xffff_ffff),
  gomaxprocs: int.min(LIMITS.minCores).max(LIMITS.maxCores).optional(),
  cost: z.record(z.string(), int.min(0)).optional(),
  // Checked against the model registry when the run is created (a located diagnostic, not a bad message).
  model: z.string().max(64).optional(),
  modelSettings: z.record(z.string(), z.number()).optional(),
});

/**
 * Runtime check of every message the engine receives: the port is a trust boundary (a renderer bug or a
 * stale build must not crash the engine), so nothing is used before it passes this schema.
 */
export const rendererToEngineSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hello'), protocolVersion: int }),
  z.strictObject({
    type: z.literal('load'),
    scenario: z.strictObject({
      title: z.string().max(500),
      program: z.string().max(LIMITS.maxProgramBytes),
      settings: settingsSchema,
      beats: z
        .array(
          z.strictObject({ at: beatAtSchema, caption: z.string().max(2000), pause: z.boolean().optional() }),
        )
        .max(1000)
        .optional(),
    }),
  }),
  z.strictObject({ type: z.literal('play') }),
  z.strictObject({ type: z.literal('pause') }),
  z.strictObject({ type: z.literal('step'), count: int.min(1).max(LIMITS.maxStep) }),
  z.strictObject({ type: z.literal('seek'), seq: int.min(-1) }),
  z.strictObject({ type: z.literal('seekTime'), tNs: int.min(0) }),
  z.strictObject({
    type: z.literal('setSpeed'),
    speed: z.number().min(LIMITS.minSpeed).max(LIMITS.maxSpeed),
  }),
  z.strictObject({
    type: z.literal('check'),
    requestId: int.min(0),
    program: z.string().max(LIMITS.maxProgramBytes),
  }),
  z.strictObject({ type: z.literal('query'), requestId: int.min(0), query: querySchema }),
  z.strictObject({ type: z.literal('setBreakpoints'), breakpoints: z.array(breakpointSchema).max(200) }),
]);

/** Result of {@link parseRendererMessage}: the typed message, or a one-line reason it was rejected. */
export type ParseResult = { ok: true; message: RendererToEngine } | { ok: false; error: string };

/** Validates an incoming message; never throws. */
export function parseRendererMessage(data: unknown): ParseResult {
  const tooBig = oversized(data);
  if (tooBig !== undefined) return { ok: false, error: `message too large: ${tooBig}` };
  const result = rendererToEngineSchema.safeParse(data);
  if (result.success) return { ok: true, message: result.data };
  const type =
    typeof data === 'object' && data !== null && 'type' in data
      ? JSON.stringify((data as { type: unknown }).type)
      : '?';
  const issues = result.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : '(message)'}: ${i.message}`)
    .join('; ');
  return { ok: false, error: `malformed message (type ${type}): ${issues}` };
}
