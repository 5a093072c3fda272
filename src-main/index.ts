import { join, resolve } from 'node:path';
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  MessageChannelMain,
  session,
  shell,
  utilityProcess,
} from 'electron';
import type { IpcMainEvent, IpcMainInvokeEvent, MessagePortMain } from 'electron';
import { parseArgs } from './cli/parseArgs';
import { DocumentController } from './document/DocumentController';
import { docIdSchema, docStateSchema, droppedPathSchema, saveRequestSchema } from './document/ipcSchemas';
import { buildMenu } from './document/electronMenu';
import { nativeDialogs } from './document/nativeDialogs';
import { EngineSupervisor } from './engine/EngineSupervisor';
import { exportGo } from '../src-engine/host/cli/exportGo';
import { registerExportIpc } from './export/exportIpc';
import { AutosaveStore } from './files/AutosaveStore';
import { FileService } from './files/FileService';
import { PathGrants } from './files/grants';
import { RecentFiles } from './files/RecentFiles';
import { loadLaunchInfo } from './launchInfo';
import { IPC, type MainCommand } from './preload/bridge';
import { CONTENT_SECURITY_POLICY } from './security/csp';
import { isAllowedExternalLink } from './security/externalLinks';
import { isAppUrl, navigationGuard } from './security/navigation';
import { isPermissionAllowed } from './security/permissions';

// Electron-only glue: every decision with logic in it lives in a module that is unit-tested under Node.

const here = import.meta.dirname;
const devUrl = process.env['ELECTRON_RENDERER_URL'];
const appUrl = devUrl ?? new URL(`file://${join(here, '../renderer/index.html')}`).href;
// Unpackaged, argv is [electron, appPath, ...args]; packaged, [exe, ...args].
const argOffset = app.isPackaged ? 1 : 2;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  let window: BrowserWindow | undefined;
  let allowClose = false;
  const send = (cmd: MainCommand) => window?.webContents.send(IPC.command, cmd);
  const dataDir = app.getPath('userData');
  const autosaves = new AutosaveStore(dataDir);
  const recent = new RecentFiles(join(dataDir, 'recent.json'));
  /** The only paths main touches for the renderer; the renderer holds tokens. */
  const grants = new PathGrants();
  const documents = new DocumentController(
    new FileService(),
    autosaves,
    recent,
    nativeDialogs(() => window),
    grants,
    (list) => Menu.setApplicationMenu(buildMenu(list, (command) => send({ command }), openPath)),
    exportGo,
  );
  const launchInfo = loadLaunchInfo(
    parseArgs(process.argv.slice(argOffset)),
    process.cwd(),
    documents,
    autosaves,
  );

  async function openPath(path: string): Promise<void> {
    send({ command: 'opened', reply: await documents.openPath(path) });
    window?.show();
    window?.focus();
  }

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

  /** IPC from anything but the app's own page is refused. */
  const trusted = (event: IpcMainEvent | IpcMainInvokeEvent) =>
    isAppUrl(event.senderFrame?.url ?? '', appUrl);
  const handle = (channel: string, fn: (event: IpcMainInvokeEvent, arg: unknown) => unknown) =>
    ipcMain.handle(channel, (event, arg: unknown) => {
      if (!trusted(event)) throw new Error(`${channel} refused: untrusted sender`);
      return fn(event, arg);
    });
  const on = (channel: string, fn: (arg: unknown) => void) =>
    ipcMain.on(channel, (event, arg: unknown) => {
      if (trusted(event)) fn(arg);
    });

  function createWindow(): void {
    const win = new BrowserWindow({
      width: 1400,
      height: 860,
      minWidth: 400,
      minHeight: 300,
      title: 'GoSched Studio',
      backgroundColor: '#0f1115',
      show: false,
      // Written out here, not built by a helper, so that electronegativity (npm run lint:electron) reads
      // them. The preload is CommonJS because a sandboxed preload cannot be an ES module.
      webPreferences: {
        preload: join(here, '../preload/index.cjs'),
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        // Middle-click would open links in new windows; every new window is refused anyway.
        disableBlinkFeatures: 'Auxclick',
        webviewTag: false,
        spellcheck: false,
        navigateOnDragDrop: false,
      },
    });
    window = win;
    win.once('ready-to-show', () => win.show());
    // A reload of the page drops its port; give it a fresh one.
    win.webContents.on('did-finish-load', () => supervisor.connectRenderer());
    win.on('close', (event) => {
      if (allowClose) return;
      event.preventDefault();
      void documents.onCloseRequested().then((decision) => {
        if (decision === 'keep') return;
        if (decision === 'save-then-close') return send({ command: 'saveThenClose' });
        allowClose = true;
        win.close();
      });
    });
    win.on('closed', () => (window = undefined));
    void (devUrl ? win.loadURL(devUrl) : win.loadFile(join(here, '../renderer/index.html')));
  }

  app.on('second-instance', (_event, argv, cwd) => {
    const args = parseArgs(argv.slice(argOffset));
    if (args.scenarioPath !== undefined) void openPath(resolve(cwd, args.scenarioPath));
    else window?.focus();
  });
  // macOS: a .gosched file opened from Finder or dropped on the Dock icon.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (window) void openPath(path);
    else void app.whenReady().then(() => openPath(path));
  });

  void app.whenReady().then(async () => {
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
      });
    });
    // Deny by default: every permission request and check goes through one allow-list.
    session.defaultSession.setPermissionRequestHandler((wc, permission, callback, details) =>
      callback(isPermissionAllowed(permission, details.requestingUrl ?? wc?.getURL(), appUrl)),
    );
    session.defaultSession.setPermissionCheckHandler((wc, permission, _origin, details) =>
      isPermissionAllowed(permission, details.requestingUrl ?? wc?.getURL(), appUrl),
    );
    session.defaultSession.setDevicePermissionHandler(() => false);
    Menu.setApplicationMenu(buildMenu(await recent.list(), (command) => send({ command }), openPath));
    handle(IPC.launchInfo, () => launchInfo);
    handle(IPC.openDialog, () => documents.openDialog());
    handle(IPC.openDropped, (_e, arg) => documents.openDropped(droppedPathSchema.parse(arg)));
    handle(IPC.save, (_e, arg) => documents.save(saveRequestSchema.parse(arg)));
    handle(IPC.confirmDiscard, () => documents.confirmDiscard());
    handle(IPC.exportGo, (_e, arg) => documents.exportGo(arg));
    const exports = registerExportIpc(handle, () => window);
    // A reload or a closed window mid-export leaves no partial file.
    app.on('browser-window-created', (_e, w) =>
      w.webContents.on('did-start-loading', () => void exports.abortAll()),
    );
    on(IPC.reportState, (arg) => {
      const state = docStateSchema.safeParse(arg);
      if (!state.success || !window) return;
      documents.reportState(state.data);
      window.setTitle(`${state.data.dirty ? '• ' : ''}${state.data.fileName} — GoSched Studio`);
      window.setDocumentEdited(state.data.dirty);
      const path = documents.documentPath;
      if (path) window.setRepresentedFilename(path);
    });
    on(IPC.autosave, (arg) => void documents.autosave(arg).catch(() => undefined));
    on(IPC.discardAutosave, (arg) => {
      const id = docIdSchema.safeParse(arg);
      if (id.success) void documents.discardAutosave(id.data);
    });
    on(IPC.closeWindow, () => {
      allowClose = true;
      window?.close();
    });
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });

  // Every web contents, present and future: no webviews, no navigation away from the app page, and
  // links open in the system browser only when they are the project's own.
  const guard = navigationGuard(appUrl);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.on('will-navigate', (event, url) => guard(event, url));
    contents.on('will-frame-navigate', (event) => guard(event, event.url));
    contents.on('will-redirect', (event, url) => guard(event, url));
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalLink(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => supervisor.stop());
}
