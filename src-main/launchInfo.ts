import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { LaunchArgs } from './cli/parseArgs';
import type { LaunchInfo } from './preload/bridge';

/** Largest scenario file the app opens, bytes. */
export const MAX_SCENARIO_BYTES = 5 * 1024 * 1024;

/**
 * Reads the scenario named on the command line. Never throws: a missing, unreadable, oversized or
 * non-UTF-8 file becomes a warning naming the file and the problem, and the app opens without it.
 */
export async function loadLaunchInfo(args: LaunchArgs, cwd: string): Promise<LaunchInfo> {
  const warnings = [...args.warnings];
  let scenario: LaunchInfo['scenario'];
  if (args.scenarioPath !== undefined) {
    const path = resolve(cwd, args.scenarioPath);
    try {
      const info = await stat(path);
      if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOTFILE' });
      if (info.size > MAX_SCENARIO_BYTES) {
        warnings.push(
          `Cannot open ${path}: it is ${(info.size / 1048576).toFixed(1)} MB; scenarios are limited to 5 MB.`,
        );
      } else {
        const bytes = await readFile(path);
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        scenario = { path, name: basename(path), text };
      }
    } catch (err) {
      warnings.push(`Cannot open ${path}: ${describeFsError(err)}.`);
    }
  }
  return { warnings, scenario, cores: args.cores, seed: args.seed };
}

function describeFsError(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return 'the file does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR' || code === 'ENOTFILE') return 'it is a folder, not a file';
  if (err instanceof TypeError) return 'it is not valid UTF-8 text';
  return err instanceof Error ? err.message : String(err);
}
