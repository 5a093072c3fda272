import { contextBridge, ipcRenderer } from 'electron';
import { ENGINE_PORT_MESSAGE, IPC, type GoschedBridge, type LaunchInfo } from './bridge';

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
  launchInfo: () => ipcRenderer.invoke(IPC.launchInfo) as Promise<LaunchInfo>,
};
contextBridge.exposeInMainWorld('gosched', bridge);
