import { describe, expect, it } from 'vitest';
import { menuTemplate, type MenuItemSpec } from './menuTemplate';

const flat = (items: readonly MenuItemSpec[]): MenuItemSpec[] =>
  items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);

describe('menuTemplate', () => {
  it('has the File menu with its commands and shortcuts, and View → Present on F5', () => {
    const items = flat(menuTemplate('linux', []));
    const byCommand = Object.fromEntries(
      items.filter((i) => i.command).map((i) => [i.command, i.accelerator]),
    );
    expect(byCommand).toEqual({
      new: 'CmdOrCtrl+N',
      open: 'CmdOrCtrl+O',
      save: 'CmdOrCtrl+S',
      saveAs: 'CmdOrCtrl+Shift+S',
      exportGo: 'CmdOrCtrl+E',
      exportVideo: 'CmdOrCtrl+Shift+E',
      saveFrame: undefined,
      close: 'CmdOrCtrl+W',
      present: 'F5',
    });
  });
  it('puts Quit in the File menu except on macOS, where the app menu has it', () => {
    expect(flat(menuTemplate('win32', [])).some((i) => i.role === 'quit')).toBe(true);
    const mac = menuTemplate('darwin', []);
    expect(flat(mac).some((i) => i.role === 'quit')).toBe(false);
    expect(mac[0]?.role).toBe('appMenu');
  });
  it('lists recent files, or says there are none', () => {
    const recent = flat(menuTemplate('linux', ['/a.gosched', '/b.go'])).filter((i) => i.openRecent);
    expect(recent.map((i) => i.openRecent)).toEqual(['/a.gosched', '/b.go']);
    expect(flat(menuTemplate('linux', [])).find((i) => i.label === 'No recent files')?.enabled).toBe(false);
  });
});
