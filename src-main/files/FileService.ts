import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import {
  formatProblem,
  MAX_SCENARIO_FILE_BYTES,
  readScenario,
  decodeScenarioBytes,
  writeScenario,
  type ScenarioFile,
} from '../../src-engine/protocol/scenarioFile';
import { describeFsError } from './fsErrors';

/** An opened scenario, with what was odd about it. */
export interface OpenedScenario {
  readonly path: string;
  readonly name: string;
  readonly scenario: ScenarioFile;
  /** Unknown fields kept, a migration from an older version, … */
  readonly warnings: readonly string[];
  /** True for a plain `.go` file: saving it writes only the program. */
  readonly isGoFile: boolean;
}

/** Either a value or the messages that explain why there is none. */
export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Opens and saves scenario files for the desktop app. Node only, no Electron, so it is tested against a
 * real temporary folder. Never throws: every failure is a message naming the file and the problem.
 *
 * @remarks Saving is atomic: the text goes to a temporary file in the same folder, is flushed to disk
 * (fsync) and renamed over the target, so a crash, a full disk or a read-only folder never leaves a
 * truncated or half-written scenario behind.
 */
export class FileService {
  async open(path: string): Promise<Outcome<OpenedScenario>> {
    let text: string;
    try {
      const info = await stat(path);
      if (info.isDirectory()) return fail(describeFsError({ code: 'EISDIR' }, path, 'open'));
      if (info.size > MAX_SCENARIO_FILE_BYTES) {
        return fail(
          `Cannot open ${path}: it is ${(info.size / 1048576).toFixed(1)} MB; scenarios are limited to 5 MB.`,
        );
      }
      const decoded = decodeScenarioBytes(await readFile(path), path);
      if (!decoded.ok) return fail(formatProblem(decoded.problem));
      text = decoded.text;
    } catch (err) {
      return fail(describeFsError(err, path, 'open'));
    }
    const read = readScenario(text, path);
    if (!read.ok) return { ok: false, errors: read.problems.map(formatProblem) };
    const warnings = read.warnings.map(formatProblem);
    if (read.migratedFrom !== undefined) {
      warnings.push(
        `${path}: upgraded from format version ${read.migratedFrom}; saving writes the current version.`,
      );
    }
    return {
      ok: true,
      value: { path, name: basename(path), scenario: read.scenario, warnings, isGoFile: /\.go$/i.test(path) },
    };
  }

  /** Saves atomically: a `.go` path gets the program only; anything else the whole scenario. */
  async save(path: string, scenario: ScenarioFile): Promise<Outcome<{ path: string; bytes: number }>> {
    const text = /\.go$/i.test(path) ? scenario.program : writeScenario(scenario);
    try {
      await writeFileAtomic(path, text, { encoding: 'utf8', fsync: true });
    } catch (err) {
      return fail(describeFsError(err, path, 'save'));
    }
    return { ok: true, value: { path, bytes: Buffer.byteLength(text) } };
  }
}

function fail<T>(message: string): Outcome<T> {
  return { ok: false, errors: [message] };
}
