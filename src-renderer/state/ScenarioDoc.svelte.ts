import {
  SCENARIO_FORMAT,
  SCENARIO_SCHEMA_URL,
  SCENARIO_VERSION,
  type Beat,
  type Breakpoint,
  type ScenarioFile,
} from '../../src-engine/protocol/scenarioFile';
import type { ScenarioInput } from '../../src-engine/protocol';
import { DEMO_PROGRAM } from './demoProgram';

/** The scenario a new document starts with. */
export function newScenario(): ScenarioFile {
  return {
    $schema: SCENARIO_SCHEMA_URL,
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    title: 'Untitled',
    description: '',
    settings: { cores: 4, seed: 1, model: 'go' },
    program: DEMO_PROGRAM,
    beats: [],
    breakpoints: [],
    view: {},
  };
}

/**
 * Where a document lives. In the desktop app `token` names the file in main (which alone knows its path);
 * in the browser build there is only the name it was opened from or downloaded as.
 */
export interface DocFile {
  readonly name: string;
  readonly token?: string;
}

/**
 * The open scenario document: its content, where it lives, and whether it has unsaved changes. Unknown
 * fields read from the file stay in `scenario` and are saved back unchanged.
 */
export class ScenarioDoc {
  scenario = $state<ScenarioFile>(newScenario());
  /** The file it was opened from or saved to; null until first saved or opened. */
  file = $state<DocFile | null>(null);
  dirty = $state(false);
  /** Increases on every change that affects a run: the program, the settings, the beats. */
  revision = $state(0);
  /** Increases when the whole document is replaced (new, open, recover): editors reset their content. */
  generation = $state(0);
  /** Whether the document came from a plain `.go` file (saving it to .go keeps only the program). */
  isGoFile = $state(false);

  /** File name shown in the title and offered when saving. */
  get fileName(): string {
    if (this.file) return this.file.name;
    return `${this.scenario.title || 'Untitled'}.gosched`;
  }

  replace(scenario: ScenarioFile, file: DocFile | null, isGoFile = false): void {
    this.scenario = scenario;
    this.file = file;
    this.isGoFile = isGoFile;
    this.dirty = false;
    this.revision++;
    this.generation++;
  }

  /** Breakpoints do not change the run itself (the revision stays): only where it pauses. */
  setBreakpoints(breakpoints: readonly Breakpoint[]): void {
    this.scenario = { ...this.scenario, breakpoints: [...breakpoints] };
    this.dirty = true;
  }

  setProgram(program: string): void {
    if (program === this.scenario.program) return;
    this.scenario = { ...this.scenario, program };
    this.dirty = true;
    this.revision++;
  }

  setSettings(settings: Partial<ScenarioFile['settings']>): void {
    this.scenario = { ...this.scenario, settings: { ...this.scenario.settings, ...settings } };
    this.dirty = true;
    this.revision++;
  }

  setMeta(meta: { title?: string; description?: string }): void {
    this.scenario = { ...this.scenario, ...meta };
    this.dirty = true;
  }

  setBeats(beats: Beat[]): void {
    this.scenario = { ...this.scenario, beats };
    this.dirty = true;
    this.revision++;
  }

  /** What the engine loads: a plain copy, since rune proxies cannot cross postMessage (structured clone). */
  toScenarioInput(): ScenarioInput {
    const { title, program, settings, beats } = $state.snapshot(this.scenario);
    return {
      title,
      program,
      settings: {
        cores: settings.cores,
        seed: settings.seed,
        ...(settings.gomaxprocs !== undefined ? { gomaxprocs: settings.gomaxprocs } : {}),
        ...(settings.cost !== undefined ? { cost: settings.cost } : {}),
        ...(settings.model !== 'go' ? { model: settings.model } : {}),
        ...(settings.modelSettings !== undefined ? { modelSettings: settings.modelSettings } : {}),
      },
      beats: beats.map((b) => ({
        at: b.at,
        caption: b.caption,
        ...(b.pause !== undefined ? { pause: b.pause } : {}),
      })),
    };
  }

  markSaved(file: DocFile): void {
    this.file = file;
    this.dirty = false;
  }
}
