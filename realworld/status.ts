/**
 * The ratchet file `status.json`: each program's status on the engine (`matches` or `refused`,
 * with the refusal message for reading). `GOSCHED_UPDATE_CORPUS=1 npx vitest run realworld`
 * rewrites it; a program that runs and prints something else is never written as accepted.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { STATUS_FILE } from './corpus';

const statusSchema = z.record(
  z.string(),
  z.strictObject({ status: z.enum(['matches', 'refused']), message: z.string().optional() }),
);

/** Recorded status per program id. */
export type StatusFile = z.infer<typeof statusSchema>;

/** Reads `status.json` (empty when absent). */
export function readStatus(file: string = STATUS_FILE): StatusFile {
  if (!existsSync(file)) return {};
  const parsed = statusSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: invalid content: ${parsed.error.message}`);
  return parsed.data;
}

/** Writes `status.json`, sorted by id, one program per line. */
export function writeStatus(status: StatusFile, file: string = STATUS_FILE): void {
  const ids = Object.keys(status).sort();
  const lines = ids.map(
    (id, i) => `  ${JSON.stringify(id)}: ${JSON.stringify(status[id])}${i < ids.length - 1 ? ',' : ''}`,
  );
  writeFileSync(file, `{\n${lines.join('\n')}\n}\n`);
}
