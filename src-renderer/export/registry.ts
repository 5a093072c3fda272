import { PNG_STILL } from './pngExporter';
import type { ExporterKind } from './types';
import { MP4_AV1, MP4_H264, WEBM_VP9 } from './videoExporter';

const kinds = new Map<string, ExporterKind>();

/** Adds an output format; a new format registers here and nothing else changes. */
export function registerExporter(kind: ExporterKind): void {
  if (kinds.has(kind.id)) throw new Error(`an exporter "${kind.id}" is already registered`);
  kinds.set(kind.id, kind);
}

/** Every registered format, in the order registered (the dialog's order). */
export function exporterKinds(): readonly ExporterKind[] {
  return [...kinds.values()];
}

/** The format with this id, or undefined. */
export function exporterById(id: string): ExporterKind | undefined {
  return kinds.get(id);
}

/** The format a file name's extension asks for (`.mp4` → H.264, `.webm` → VP9, `.png` → still). */
export function exporterForFile(name: string): ExporterKind | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return exporterKinds().find((k) => k.extension === ext);
}

for (const k of [MP4_H264, WEBM_VP9, MP4_AV1, PNG_STILL]) registerExporter(k);
