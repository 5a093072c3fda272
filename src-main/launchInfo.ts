import { resolve } from 'node:path';
import type { LaunchArgs } from './cli/parseArgs';
import type { DocumentController } from './document/DocumentController';
import type { AutosaveStore } from './files/AutosaveStore';
import type { LaunchInfo } from './preload/bridge';

/**
 * What the renderer needs at start: command-line warnings, the scenario named on the command line (opened
 * through the same path as File ▸ Open, so the same checks and messages apply), and unsaved work a crash
 * left behind. Never throws: problems become warnings and the app opens regardless.
 */
export async function loadLaunchInfo(
  args: LaunchArgs,
  cwd: string,
  documents: DocumentController,
  autosaves: AutosaveStore,
): Promise<LaunchInfo> {
  const warnings = [...args.warnings];
  const opened =
    args.scenarioPath === undefined ? undefined : await documents.openPath(resolve(cwd, args.scenarioPath));
  if (opened && opened.canceled !== true && !opened.ok) warnings.push(...opened.errors);
  const { entries, damaged } = await autosaves.recoverable();
  warnings.push(...damaged);
  return {
    warnings,
    opened: opened && opened.canceled !== true && opened.ok ? opened : undefined,
    cores: args.cores,
    seed: args.seed,
    recoverable: documents.recoverable(entries),
  };
}
