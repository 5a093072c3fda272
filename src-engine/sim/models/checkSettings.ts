/**
 * Validates a model id and its named settings from the catalog alone (no engine code), so the scenario
 * schema can locate each problem in the file (`settings.modelSettings.poolWorkers`).
 */
import { isModelId, MODEL_CATALOG, unknownModelMessage } from './catalog';
import { resolveModelSettings } from './kernel/settings';

/** Problems with `model` and `modelSettings`, each naming the setting (undefined: the model itself). */
export function checkModelSettingsData(
  id: string,
  cores: number,
  overrides: Readonly<Record<string, number>> | undefined,
): { setting: string | undefined; message: string }[] {
  if (!isModelId(id)) return [{ setting: undefined, message: unknownModelMessage(id) }];
  if (id === 'go') {
    return Object.keys(overrides ?? {}).map((k) => ({
      setting: k,
      message: `model "go" has no setting "${k}" (its costs are in settings.cost)`,
    }));
  }
  const r = resolveModelSettings(id, MODEL_CATALOG[id].settings, overrides, cores);
  return 'problems' in r ? r.problems : [];
}
