import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { ENGINE_PORT_MESSAGE, IPC, type GoschedBridge, type MainCommand } from './bridge';

// Ports cannot cross the context bridge, so the preload forwards them to the page with postMessage,
// targeted at the page's own origin.
ipcRenderer.on(IPC.enginePort, (event, notice: unknown) => {
  window.postMessage(
    { type: ENGINE_PORT_MESSAGE, notice: typeof notice === 'string' ? notice : undefined },
    window.location.origin === 'null' ? '*' : window.location.origin,
    event.ports,
  );
});

const bridge: GoschedBridge = {
  kind: 'electron',
  platform: process.platform,
  launchInfo: () => ipcRenderer.invoke(IPC.launchInfo),
  onCommand: (listener) => {
    ipcRenderer.on(IPC.command, (_event, cmd: MainCommand) => listener(cmd));
  },
  openDialog: () => ipcRenderer.invoke(IPC.openDialog),
  // The path is looked up here, from a File the page got by a drop; the page itself never handles paths.
  openDropped: async (file) => {
    const path = webUtils.getPathForFile(file);
    return path ? ipcRenderer.invoke(IPC.openDropped, path) : undefined;
  },
  save: (scenario, file, saveAs) => ipcRenderer.invoke(IPC.save, { scenario, file, saveAs }),
  confirmDiscard: () => ipcRenderer.invoke(IPC.confirmDiscard),
  exportGo: (scenario) => ipcRenderer.invoke(IPC.exportGo, scenario),
  reportState: (state) => ipcRenderer.send(IPC.reportState, state),
  autosave: (docId, scenario, file) => ipcRenderer.send(IPC.autosave, { docId, scenario, file }),
  discardAutosave: (docId) => ipcRenderer.send(IPC.discardAutosave, docId),
  closeWindow: () => ipcRenderer.send(IPC.closeWindow),
  exportFile: {
    begin: (defaultName, extension) => ipcRenderer.invoke(IPC.exportBegin, { defaultName, extension }),
    write: (id, position, data) => ipcRenderer.invoke(IPC.exportWrite, { id, position, data }),
    commit: (id, sidecars) => ipcRenderer.invoke(IPC.exportCommit, { id, sidecars }),
    abort: (id) => ipcRenderer.invoke(IPC.exportAbort, id),
  },
};
contextBridge.exposeInMainWorld('gosched', bridge);
