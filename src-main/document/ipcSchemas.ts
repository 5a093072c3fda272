import { z } from 'zod';

/** Renderer → main payloads, validated at the trust boundary before use. */
export const docStateSchema = z.strictObject({
  docId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  dirty: z.boolean(),
  fileName: z.string().max(1000),
  path: z.string().max(4096).nullable(),
});

export const saveRequestSchema = z.strictObject({
  scenario: z.unknown(),
  path: z.string().min(1).max(4096).nullable(),
  saveAs: z.boolean(),
});

export const autosaveSchema = z.strictObject({
  docId: docStateSchema.shape.docId,
  scenario: z.unknown(),
  path: z.string().max(4096).nullable(),
});

export const pathSchema = z.string().min(1).max(4096);
export const docIdSchema = docStateSchema.shape.docId;
