import { dialog, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import {
  exportBeginSchema,
  exportCommitSchema,
  exportIdSchema,
  ExportSessions,
  exportWriteSchema,
} from './ExportSessions';
import { IPC } from '../preload/bridge';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  mp4: { name: 'MP4 video', extensions: ['mp4'] },
  webm: { name: 'WebM video', extensions: ['webm'] },
  png: { name: 'PNG image', extensions: ['png'] },
};

/**
 * Electron glue of {@link ExportSessions}: the save dialog main shows itself, and the four handlers, each
 * validating its payload. `handle` is main's trusted-sender wrapper.
 */
export function registerExportIpc(
  handle: (channel: string, fn: (event: IpcMainInvokeEvent, arg: unknown) => unknown) => void,
  window: () => BrowserWindow | undefined,
): ExportSessions {
  const sessions = new ExportSessions(async (defaultName, extension) => {
    const opts = {
      title: extension === 'png' ? 'Save Frame as PNG' : 'Export Video',
      defaultPath: `${defaultName}.${extension}`,
      filters: [FILTERS[extension]!],
    };
    const w = window();
    const r = w ? await dialog.showSaveDialog(w, opts) : await dialog.showSaveDialog(opts);
    return r.canceled || !r.filePath ? undefined : r.filePath;
  });
  handle(IPC.exportBegin, (_e, arg) => sessions.begin(exportBeginSchema.parse(arg)));
  handle(IPC.exportWrite, (_e, arg) => {
    const w = exportWriteSchema.parse(arg);
    return sessions.write(w.id, w.position, w.data);
  });
  handle(IPC.exportCommit, (_e, arg) => {
    const c = exportCommitSchema.parse(arg);
    return sessions.commit(c.id, c.sidecars);
  });
  handle(IPC.exportAbort, (_e, arg) => sessions.abort(exportIdSchema.parse(arg)));
  return sessions;
}
