import { z } from 'zod';
import { fileTokenSchema } from '../files/grants';

/** Renderer → main payloads, validated at the trust boundary before use. */
export const docStateSchema = z.strictObject({
  docId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  dirty: z.boolean(),
  fileName: z.string().max(1000),
  /** A file token, never a path. */
  file: fileTokenSchema.nullable(),
});

export const saveRequestSchema = z.strictObject({
  scenario: z.unknown(),
  file: fileTokenSchema.nullable(),
  saveAs: z.boolean(),
});

/** The scenario itself is checked against the scenario schema by the controller. */
export const autosaveSchema = z.strictObject({
  docId: docStateSchema.shape.docId,
  scenario: z.unknown(),
  file: fileTokenSchema.nullable(),
});

/** A dropped file's path as the preload found it (the only path that crosses IPC). */
export const droppedPathSchema = z.string().min(1).max(4096);
export const docIdSchema = docStateSchema.shape.docId;
