import { MAX_SCENARIO_FILE_BYTES } from '../../src-engine/protocol/scenarioFile';

/** Offers `text` as a download named `fileName` (the browser build's Save). */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a picked or dropped file as UTF-8 text, refusing oversized and non-UTF-8 files with a message. */
export async function readPickedFile(file: File): Promise<{ text: string } | { error: string }> {
  if (file.size > MAX_SCENARIO_FILE_BYTES) {
    return {
      error: `Cannot open ${file.name}: it is ${(file.size / 1048576).toFixed(1)} MB; scenarios are limited to 5 MB.`,
    };
  }
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch (err) {
    return {
      error: `Cannot open ${file.name}: ${err instanceof TypeError ? 'it is not UTF-8 text' : String(err)}.`,
    };
  }
}
