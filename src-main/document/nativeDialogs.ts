import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from './DocumentController';

const filters = [
  { name: 'GoSched scenarios', extensions: ['gosched'] },
  { name: 'Go source', extensions: ['go'] },
  { name: 'All files', extensions: ['*'] },
];

/** Electron's native dialogs, attached to the app window. */
export function nativeDialogs(window: () => BrowserWindow | undefined): Dialogs {
  return {
    chooseOpen: async () => {
      const w = window();
      const opts = { properties: ['openFile' as const], filters };
      const r = w ? await dialog.showOpenDialog(w, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? undefined : r.filePaths[0];
    },
    chooseSave: async (defaultName) => {
      const w = window();
      const opts = { defaultPath: defaultName, filters };
      const r = w ? await dialog.showSaveDialog(w, opts) : await dialog.showSaveDialog(opts);
      return r.canceled ? undefined : r.filePath;
    },
    chooseFolder: async (title) => {
      const w = window();
      const opts = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const r = w ? await dialog.showOpenDialog(w, opts) : await dialog.showOpenDialog(opts);
      return r.canceled ? undefined : r.filePaths[0];
    },
    askUnsaved: async (fileName) => {
      const opts = {
        type: 'warning' as const,
        buttons: ['Save', "Don't Save", 'Cancel'],
        defaultId: 0,
        cancelId: 2,
        message: `Do you want to save the changes to ${fileName}?`,
        detail: 'Your changes will be lost if you don’t save them.',
      };
      const w = window();
      const r = w ? await dialog.showMessageBox(w, opts) : await dialog.showMessageBox(opts);
      return (['save', 'discard', 'cancel'] as const)[r.response] ?? 'cancel';
    },
    showError: (title, messages) => dialog.showErrorBox(title, messages.join('\n')),
  };
}
