import type { ScenarioFile } from '../../src-engine/protocol/scenarioFile';
import type { ExportReply, OpenReply, RecoverableWork, SaveReply } from '../document/DocumentController';
import type { FileCommand } from '../document/menuTemplate';
import type { ExportBeginReply } from '../export/ExportSessions';
import type { WriteOutcome } from '../export/StreamingFile';
import type { FileHandle } from '../files/grants';

export type {
  ExportReply,
  FileHandle,
  OpenReply,
  RecoverableWork,
  SaveReply,
  FileCommand,
  ExportBeginReply,
  WriteOutcome,
};

/** IPC channel names shared by main and the preload. */
export const IPC = {
  /** main → renderer: a MessagePort to the engine, and an optional notice. */
  enginePort: 'gosched:engine-port',
  /** renderer → main (invoke): what the app was launched with. */
  launchInfo: 'gosched:launch-info',
  /** main → renderer: a File menu command, or a file opened from outside (OS, second instance). */
  command: 'gosched:command',
  openDialog: 'gosched:open-dialog',
  openDropped: 'gosched:open-dropped',
  save: 'gosched:save',
  confirmDiscard: 'gosched:confirm-discard',
  reportState: 'gosched:report-state',
  autosave: 'gosched:autosave',
  discardAutosave: 'gosched:discard-autosave',
  closeWindow: 'gosched:close-window',
  exportGo: 'gosched:export-go',
  /** Video and still export (invoke): save dialog, positioned chunks, commit or abort. */
  exportBegin: 'gosched:export-begin',
  exportWrite: 'gosched:export-write',
  exportCommit: 'gosched:export-commit',
  exportAbort: 'gosched:export-abort',
} as const;

/** The `window.postMessage` tag the preload uses to hand the engine port to the page. */
export const ENGINE_PORT_MESSAGE = 'gosched:engine-port';

/** What the app was launched with, and what went wrong with it. */
export interface LaunchInfo {
  readonly warnings: readonly string[];
  /** The scenario named on the command line, opened (or why it could not be). */
  readonly opened: OpenReply | undefined;
  readonly cores: number | undefined;
  readonly seed: number | undefined;
  /** Unsaved work a crashed session left behind, newest first. */
  readonly recoverable: readonly RecoverableWork[];
}

/** What main asks the renderer to do. */
export type MainCommand =
  | { readonly command: FileCommand | 'saveThenClose' }
  | { readonly command: 'opened'; readonly reply: OpenReply };

/** The renderer's document, as main needs to know it (title bar, close prompt, autosave). */
export interface DocStateReport {
  readonly docId: string;
  readonly dirty: boolean;
  readonly fileName: string;
  /** The document's file token ({@link FileHandle}); null until first saved or opened. */
  readonly file: string | null;
}

/**
 * The whole API the preload exposes as `window.gosched`; deliberately small. The engine port itself
 * arrives by `window.postMessage` (tag {@link ENGINE_PORT_MESSAGE}, data `{ notice }`), because a
 * MessagePort cannot cross the context bridge. Files are named by the opaque tokens main hands out
 * ({@link FileHandle}), never by path: main reads and writes only files the user chose.
 */
export interface GoschedBridge {
  readonly kind: 'electron';
  readonly platform: string;
  launchInfo(): Promise<LaunchInfo>;
  onCommand(listener: (cmd: MainCommand) => void): void;
  openDialog(): Promise<OpenReply>;
  /**
   * Opens a file dropped on the window from its place on disk (so Save writes back to it); undefined when
   * the `File` has no place on disk (dragged from another app's memory), to be read as a picked file.
   */
  openDropped(file: File): Promise<OpenReply | undefined>;
  /** Saves over the file `file` names (a token), or asks where when it is null or when `saveAs`. */
  save(scenario: ScenarioFile, file: string | null, saveAs: boolean): Promise<SaveReply>;
  confirmDiscard(): Promise<'save' | 'discard' | 'cancel'>;
  /** Writes the program as a Go module into a folder the user picks. */
  exportGo(scenario: ScenarioFile): Promise<ExportReply>;
  reportState(state: DocStateReport): void;
  autosave(docId: string, scenario: ScenarioFile, file: string | null): void;
  discardAutosave(docId: string): void;
  closeWindow(): void;
  /** Video and still export: main shows the save dialog, then takes the file in positioned chunks. */
  readonly exportFile: {
    begin(defaultName: string, extension: 'mp4' | 'webm' | 'png'): Promise<ExportBeginReply>;
    write(id: string, position: number, data: Uint8Array): Promise<WriteOutcome>;
    commit(id: string, sidecars: readonly { extension: 'vtt'; text: string }[]): Promise<WriteOutcome>;
    abort(id: string): Promise<void>;
  };
}
