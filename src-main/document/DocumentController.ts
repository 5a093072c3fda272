import { basename, extname } from 'node:path';
import {
  MAX_SCENARIO_FILE_BYTES,
  scenarioFileSchema,
  writeScenario,
  type ScenarioFile,
} from '../../src-engine/protocol/scenarioFile';
import type { AutosaveEntry, AutosaveStore } from '../files/AutosaveStore';
import type { FileService, OpenedScenario } from '../files/FileService';
import type { RecentFiles } from '../files/RecentFiles';
import { describeFsError } from '../files/fsErrors';
import type { FileHandle, PathGrants } from '../files/grants';
import { autosaveSchema } from './ipcSchemas';

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
  /** The token of the document's file ({@link PathGrants}), null until first saved or opened. */
  readonly file: string | null;
}

/** An opened scenario as the renderer gets it: the file by token, never by path. */
export type OpenedDocument = Omit<OpenedScenario, 'path' | 'name'> & { readonly file: FileHandle };

export type OpenReply =
  | { readonly canceled: true }
  | ({ readonly canceled?: false; readonly ok: true } & OpenedDocument)
  | { readonly canceled?: false; readonly ok: false; readonly errors: readonly string[] };

/** Unsaved work a crash left behind, as the renderer gets it (the file by token). */
export interface RecoverableWork {
  readonly docId: string;
  readonly title: string;
  readonly text: string;
  readonly savedAt: number;
  readonly file: FileHandle | null;
}

/** The kinds of file the app opens; a dropped file of another kind is refused before it is read. */
export const OPENABLE_EXTENSIONS: readonly string[] = ['.gosched', '.go'];

/** Writes a Go module (`go.mod`, `main.go`, `helpers.go`) for `program` into `dir`; throws fs errors. */
export type GoExporter = (program: string, dir: string) => void;

export type ExportReply =
  | { readonly canceled: true }
  | { readonly canceled?: false; readonly ok: true; readonly dir: string }
  | { readonly canceled?: false; readonly ok: false; readonly errors: readonly string[] };

export type SaveReply =
  | { readonly canceled: true }
  | { readonly canceled?: false; readonly ok: true; readonly file: FileHandle }
  | { readonly canceled?: false; readonly ok: false; readonly errors: readonly string[] };

/** A save request from the renderer; the scenario is validated again here (IPC is a trust boundary). */
export interface SaveRequest {
  readonly scenario: unknown;
  /** The token of the file to save over; null (or a token main never issued) asks where. */
  readonly file: string | null;
  readonly saveAs: boolean;
}

/**
 * The desktop app's file handling behind the File menu: open and save dialogs, atomic saves, recent
 * files, autosave for crash recovery, and the decision when a window with unsaved changes is closed.
 * The renderer owns the document; this class owns the disk. Electron-free, so it is unit-tested.
 *
 * @remarks It touches only paths the user chose: in a dialog, from the recent list, on the command line,
 * from the OS, or by dropping a file on the window. Each is granted in {@link PathGrants} and the renderer
 * gets a token for it; a path or an unknown token from the renderer never reaches the disk.
 */
export class DocumentController {
  private state: DocState | undefined;

  constructor(
    private readonly files: FileService,
    private readonly autosaves: AutosaveStore,
    private readonly recent: RecentFiles,
    private readonly dialogs: Dialogs,
    private readonly grants: PathGrants,
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

  /**
   * Opens a path main itself chose or was given by the OS (dialog, recent list, command line, file
   * association, second instance) and grants it for reading and saving back. Never a path from the
   * renderer: see {@link openDropped}.
   */
  async openPath(path: string): Promise<OpenReply> {
    const opened = await this.files.open(path);
    if (!opened.ok) {
      if ((await this.recent.list()).includes(path) && opened.errors[0]?.includes('does not exist')) {
        this.onRecentChanged(await this.recent.remove(path));
      }
      return { ok: false, errors: opened.errors };
    }
    this.onRecentChanged(await this.recent.add(path));
    const { path: _path, name: _name, ...rest } = opened.value;
    return { ok: true, ...rest, file: this.grants.grant(path, ['read', 'write']) };
  }

  /**
   * Opens a file dropped on the window. Its path comes through the preload (`webUtils.getPathForFile` of
   * a real dropped `File`), so it crosses IPC: only scenario and Go files are read, as File ▸ Open offers.
   */
  async openDropped(path: string): Promise<OpenReply> {
    if (!OPENABLE_EXTENSIONS.includes(extname(path).toLowerCase()))
      return {
        ok: false,
        errors: [`Cannot open ${path}: only ${OPENABLE_EXTENSIONS.join(' and ')} files can be opened.`],
      };
    return this.openPath(path);
  }

  /** The document's file path, for the window's title bar (macOS proxy icon); main's side only. */
  get documentPath(): string | undefined {
    return this.state?.file ? this.grants.pathFor(this.state.file, 'write') : undefined;
  }

  /** Unsaved work a crash left behind, with each file granted again so that Save writes back to it. */
  recoverable(entries: readonly AutosaveEntry[]): RecoverableWork[] {
    return entries.map(({ docId, title, text, savedAt, path }) => ({
      docId,
      title,
      text,
      savedAt,
      file: path === null ? null : this.grants.grant(path, ['read', 'write']),
    }));
  }

  async save(req: SaveRequest): Promise<SaveReply> {
    const parsed = scenarioFileSchema.safeParse(req.scenario);
    if (!parsed.success)
      return {
        ok: false,
        errors: [`Cannot save: the scenario is not valid (${parsed.error.issues[0]?.message}).`],
      };
    const scenario = parsed.data;
    const current = req.file === null ? undefined : this.grants.pathFor(req.file, 'write');
    let path = req.saveAs ? undefined : current;
    if (path === undefined) {
      path = await this.dialogs.chooseSave(suggestedName(scenario, current));
      if (path === undefined) return { canceled: true };
    }
    const saved = await this.files.save(path, scenario);
    if (!saved.ok) return { ok: false, errors: saved.errors };
    if (this.state) await this.autosaves.clear(this.state.docId);
    this.onRecentChanged(await this.recent.add(path));
    return { ok: true, file: this.grants.grant(path, ['read', 'write']) };
  }

  /**
   * Keeps unsaved work where a crash cannot lose it. The payload comes from the renderer, so it is
   * validated first (document id, a valid scenario, a granted file token); anything else is refused
   * without touching the disk. Returns whether it was written.
   */
  async autosave(payload: unknown): Promise<boolean> {
    const req = autosaveSchema.safeParse(payload);
    if (!req.success) return false;
    const scenario = scenarioFileSchema.safeParse(req.data.scenario);
    if (!scenario.success) return false;
    const path = req.data.file === null ? null : this.grants.pathFor(req.data.file, 'write');
    if (path === undefined) return false;
    const text = writeScenario(scenario.data);
    // Work that could not be opened again is not worth keeping (unknown fields can make it any size).
    if (Buffer.byteLength(text) > MAX_SCENARIO_FILE_BYTES) return false;
    await this.autosaves.write({
      docId: req.data.docId,
      path,
      title: scenario.data.title,
      text,
      savedAt: Date.now(),
    });
    return true;
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

function suggestedName(s: ScenarioFile, path: string | undefined): string {
  if (path !== undefined) return basename(path);
  const safe =
    s.title
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'Untitled';
  return `${safe}.gosched`;
}
