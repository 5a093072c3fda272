import { basename } from 'node:path';
import { scenarioFileSchema, writeScenario, type ScenarioFile } from '../../src-engine/protocol/scenarioFile';
import type { AutosaveStore } from '../files/AutosaveStore';
import type { FileService, OpenedScenario } from '../files/FileService';
import type { RecentFiles } from '../files/RecentFiles';
import { describeFsError } from '../files/fsErrors';

/** Native dialogs, injected (Electron's `dialog` in the app, fakes in tests). */
export interface Dialogs {
  /** Returns the chosen path, or undefined when cancelled. */
  chooseOpen(): Promise<string | undefined>;
  chooseSave(defaultName: string): Promise<string | undefined>;
  /** Returns the chosen folder, or undefined when cancelled. */
  chooseFolder(title: string): Promise<string | undefined>;
  /** Asks what to do with unsaved changes to `fileName`. */
  askUnsaved(fileName: string): Promise<'save' | 'discard' | 'cancel'>;
  showError(title: string, messages: readonly string[]): void;
}

/** What the renderer last reported about its document. */
export interface DocState {
  readonly docId: string;
  readonly dirty: boolean;
  readonly fileName: string;
  readonly path: string | null;
}

export type OpenReply =
  | { readonly canceled: true }
  | ({ readonly canceled?: false; readonly ok: true } & OpenedScenario)
  | { readonly canceled?: false; readonly ok: false; readonly errors: readonly string[] };

/** Writes a Go module (`go.mod`, `main.go`, `helpers.go`) for `program` into `dir`; throws fs errors. */
export type GoExporter = (program: string, dir: string) => void;

export type ExportReply =
  | { readonly canceled: true }
  | { readonly canceled?: false; readonly ok: true; readonly dir: string }
  | { readonly canceled?: false; readonly ok: false; readonly errors: readonly string[] };

export type SaveReply =
  | { readonly canceled: true }
  | { readonly canceled?: false; readonly ok: true; readonly path: string }
  | { readonly canceled?: false; readonly ok: false; readonly errors: readonly string[] };

/** A save request from the renderer; the scenario is validated again here (IPC is a trust boundary). */
export interface SaveRequest {
  readonly scenario: unknown;
  readonly path: string | null;
  readonly saveAs: boolean;
}

/**
 * The desktop app's file handling behind the File menu: open and save dialogs, atomic saves, recent
 * files, autosave for crash recovery, and the decision when a window with unsaved changes is closed.
 * The renderer owns the document; this class owns the disk. Electron-free, so it is unit-tested.
 */
export class DocumentController {
  private state: DocState | undefined;

  constructor(
    private readonly files: FileService,
    private readonly autosaves: AutosaveStore,
    private readonly recent: RecentFiles,
    private readonly dialogs: Dialogs,
    /** Called after the recent list changes (to rebuild the menu). */
    private readonly onRecentChanged: (list: string[]) => void = () => undefined,
    private readonly exportGoModule?: GoExporter,
  ) {}

  /** File ▸ Export as Go Module: asks for a folder and writes a module the real `go` tool builds. */
  async exportGo(scenario: unknown): Promise<ExportReply> {
    const parsed = scenarioFileSchema.safeParse(scenario);
    if (!parsed.success) return { ok: false, errors: ['Cannot export: the scenario is not valid.'] };
    if (!this.exportGoModule)
      return { ok: false, errors: ['Export as Go module is not available in this build.'] };
    const dir = await this.dialogs.chooseFolder('Export as Go module: choose an empty folder');
    if (dir === undefined) return { canceled: true };
    try {
      this.exportGoModule(parsed.data.program, dir);
    } catch (err) {
      return { ok: false, errors: [describeFsError(err, dir, 'save')] };
    }
    return { ok: true, dir };
  }

  reportState(state: DocState): void {
    this.state = state;
  }

  get documentState(): DocState | undefined {
    return this.state;
  }

  async openDialog(): Promise<OpenReply> {
    const path = await this.dialogs.chooseOpen();
    return path === undefined ? { canceled: true } : this.openPath(path);
  }

  /** Opens a path (menu, recent list, command line, OS file association, second instance, drop). */
  async openPath(path: string): Promise<OpenReply> {
    const opened = await this.files.open(path);
    if (!opened.ok) {
      if ((await this.recent.list()).includes(path) && opened.errors[0]?.includes('does not exist')) {
        this.onRecentChanged(await this.recent.remove(path));
      }
      return { ok: false, errors: opened.errors };
    }
    this.onRecentChanged(await this.recent.add(path));
    return { ok: true, ...opened.value };
  }

  async save(req: SaveRequest): Promise<SaveReply> {
    const parsed = scenarioFileSchema.safeParse(req.scenario);
    if (!parsed.success)
      return {
        ok: false,
        errors: [`Cannot save: the scenario is not valid (${parsed.error.issues[0]?.message}).`],
      };
    const scenario = parsed.data;
    let path = req.saveAs ? null : req.path;
    if (path === null) {
      path = (await this.dialogs.chooseSave(suggestedName(scenario, req.path))) ?? null;
      if (path === null) return { canceled: true };
    }
    const saved = await this.files.save(path, scenario);
    if (!saved.ok) return { ok: false, errors: saved.errors };
    if (this.state) await this.autosaves.clear(this.state.docId);
    this.onRecentChanged(await this.recent.add(path));
    return { ok: true, path };
  }

  /** Keeps unsaved work where a crash cannot lose it. */
  async autosave(docId: string, scenario: ScenarioFile, path: string | null): Promise<void> {
    await this.autosaves.write({
      docId,
      path,
      title: scenario.title,
      text: writeScenario(scenario),
      savedAt: Date.now(),
    });
  }

  async discardAutosave(docId: string): Promise<void> {
    await this.autosaves.clear(docId);
  }

  /** Asks before unsaved changes are lost (New, Open, Close); `save` means the renderer saves first. */
  async confirmDiscard(): Promise<'save' | 'discard' | 'cancel'> {
    if (!this.state?.dirty) return 'discard';
    return this.dialogs.askUnsaved(this.state.fileName);
  }

  /**
   * Decides what closing the window does: close at once (nothing unsaved, or the user discards), stay
   * open (cancel), or save first and then close.
   */
  async onCloseRequested(): Promise<'close' | 'keep' | 'save-then-close'> {
    const choice = await this.confirmDiscard();
    if (choice === 'cancel') return 'keep';
    if (choice === 'save') return 'save-then-close';
    if (this.state) await this.autosaves.clear(this.state.docId);
    return 'close';
  }
}

function suggestedName(s: ScenarioFile, path: string | null): string {
  if (path !== null) return basename(path);
  const safe =
    s.title
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'Untitled';
  return `${safe}.gosched`;
}
