/** Commands the File menu sends to the document controller. */
export type FileCommand =
  'new' | 'open' | 'save' | 'saveAs' | 'exportGo' | 'exportVideo' | 'saveFrame' | 'close' | 'present';

/** A platform-neutral menu item (turned into Electron's MenuItemConstructorOptions by the glue). */
export interface MenuItemSpec {
  readonly label?: string;
  readonly accelerator?: string;
  readonly command?: FileCommand;
  readonly openRecent?: string;
  readonly role?:
    | 'quit'
    | 'undo'
    | 'redo'
    | 'cut'
    | 'copy'
    | 'paste'
    | 'selectAll'
    | 'reload'
    | 'toggleDevTools'
    | 'togglefullscreen'
    | 'about'
    | 'close'
    | 'minimize'
    | 'appMenu'
    | 'windowMenu';
  readonly separator?: true;
  readonly submenu?: readonly MenuItemSpec[];
  readonly enabled?: boolean;
}

/**
 * The application menu, with per-platform shortcuts: `CmdOrCtrl` maps to ⌘ on macOS and Ctrl elsewhere;
 * Save As is ⇧⌘S / Ctrl+Shift+S; Close is ⌘W / Ctrl+W; Quit lives in the app menu on macOS.
 */
export function menuTemplate(platform: NodeJS.Platform, recent: readonly string[]): MenuItemSpec[] {
  const mac = platform === 'darwin';
  const file: MenuItemSpec = {
    label: '&File',
    submenu: [
      { label: 'New', accelerator: 'CmdOrCtrl+N', command: 'new' },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', command: 'open' },
      {
        label: 'Open Recent',
        submenu:
          recent.length > 0
            ? recent.map((path) => ({ label: path, openRecent: path }))
            : [{ label: 'No recent files', enabled: false }],
      },
      { separator: true },
      { label: 'Save', accelerator: 'CmdOrCtrl+S', command: 'save' },
      { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', command: 'saveAs' },
      { label: 'Export as Go Module…', accelerator: 'CmdOrCtrl+E', command: 'exportGo' },
      { label: 'Export Video…', accelerator: 'CmdOrCtrl+Shift+E', command: 'exportVideo' },
      { label: 'Save Frame as PNG…', command: 'saveFrame' },
      { separator: true },
      { label: 'Close', accelerator: 'CmdOrCtrl+W', command: 'close' },
      ...(mac
        ? []
        : [{ separator: true } as const, { label: 'Quit', accelerator: 'Ctrl+Q', role: 'quit' } as const]),
    ],
  };
  const edit: MenuItemSpec = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { separator: true },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemSpec = {
    label: '&View',
    submenu: [
      { label: 'Present', accelerator: 'F5', command: 'present' },
      { separator: true },
      { role: 'reload' },
      { role: 'toggleDevTools' },
      { separator: true },
      { role: 'togglefullscreen' },
    ],
  };
  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    file,
    edit,
    view,
    ...(mac ? [{ role: 'windowMenu' } as const] : []),
  ];
}
