import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, MessageChannelMain, session, shell, utilityProcess } from 'electron';
import type { MessagePortMain } from 'electron';
import { parseArgs } from './cli/parseArgs';
import { EngineSupervisor } from './engine/EngineSupervisor';
import { loadLaunchInfo } from './launchInfo';
import { IPC } from './preload/bridge';
import { CONTENT_SECURITY_POLICY } from './security/csp';
import { isAllowedNavigation, isAppUrl } from './security/navigation';
import { secureWebPreferences } from './security/webPreferences';

// Electron-only glue: every decision with logic in it lives in a module that is unit-tested under Node.

const here = import.meta.dirname;
const devUrl = process.env['ELECTRON_RENDERER_URL'];
const appUrl = devUrl ?? new URL(`file://${join(here, '../renderer/index.html')}`).href;
// Unpackaged, argv is [electron, appPath, ...args]; packaged, [exe, ...args].
const launchArgs = parseArgs(process.argv.slice(app.isPackaged ? 1 : 2));
const launchInfo = loadLaunchInfo(launchArgs, process.cwd());

let window: BrowserWindow | undefined;

const supervisor = new EngineSupervisor<MessagePortMain>({
  fork: () => {
    const child = utilityProcess.fork(join(here, 'engine.js'), [], {
      serviceName: 'GoSched engine',
      stdio: 'inherit',
    });
    return {
      postMessage: (m, transfer) => child.postMessage(m, transfer),
      onExit: (listener) => child.on('exit', listener),
      kill: () => child.kill(),
    };
  },
  createChannel: () => new MessageChannelMain(),
  deliverToRenderer: (port, notice) =>
    window?.webContents.postMessage(IPC.enginePort, notice ?? null, [port]),
  now: () => Date.now(),
});

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 400,
    minHeight: 300,
    title: 'GoSched Studio',
    backgroundColor: '#0f1115',
    show: false,
    webPreferences: secureWebPreferences(join(here, '../preload/index.cjs')),
  });
  window = win;
  win.once('ready-to-show', () => win.show());
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, appUrl)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  // A reload of the page drops its port; give it a fresh one.
  win.webContents.on('did-finish-load', () => supervisor.connectRenderer());
  win.on('closed', () => (window = undefined));
  void (devUrl ? win.loadURL(devUrl) : win.loadFile(join(here, '../renderer/index.html')));
}

void app.whenReady().then(() => {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ipcMain.handle(IPC.launchInfo, (event) => {
    if (!isAppUrl(event.senderFrame?.url ?? '', appUrl))
      throw new Error('launch info refused: untrusted sender');
    return launchInfo;
  });
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('before-quit', () => supervisor.stop());
