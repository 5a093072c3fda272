import {
  decodeScenarioBytes,
  formatProblem,
  MAX_SCENARIO_FILE_BYTES,
} from '../../src-engine/protocol/scenarioFile';

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

/** Reads a picked or dropped file as UTF-8 text, refusing oversized and non-UTF-8 files with a located message. */
export async function readPickedFile(file: File): Promise<{ text: string } | { error: string }> {
  if (file.size > MAX_SCENARIO_FILE_BYTES) {
    return {
      error: `Cannot open ${file.name}: it is ${(file.size / 1048576).toFixed(1)} MB; scenarios are limited to 5 MB.`,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (err) {
    return { error: `Cannot open ${file.name}: ${String(err)}.` };
  }
  // Decoded from the bytes, so an invalid byte is located (file:line:col) instead of becoming U+FFFD.
  const decoded = decodeScenarioBytes(bytes, file.name);
  return decoded.ok ? { text: decoded.text } : { error: formatProblem(decoded.problem) };
}
