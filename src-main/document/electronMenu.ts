import { Menu, type MenuItemConstructorOptions } from 'electron';
import { menuTemplate, type FileCommand, type MenuItemSpec } from './menuTemplate';

/** Turns the platform-neutral menu template into Electron's menu. */
export function buildMenu(
  recent: readonly string[],
  onCommand: (c: FileCommand) => void,
  onOpenRecent: (path: string) => void,
): Menu {
  const convert = (item: MenuItemSpec): MenuItemConstructorOptions => {
    if (item.separator) return { type: 'separator' };
    if (item.role)
      return {
        role: item.role,
        ...(item.label ? { label: item.label } : {}),
        ...(item.accelerator ? { accelerator: item.accelerator } : {}),
      };
    const command = item.command;
    const recentPath = item.openRecent;
    return {
      ...(item.label !== undefined ? { label: item.label } : {}),
      ...(item.accelerator ? { accelerator: item.accelerator } : {}),
      ...(item.enabled === false ? { enabled: false } : {}),
      ...(item.submenu ? { submenu: item.submenu.map(convert) } : {}),
      ...(command ? { click: () => onCommand(command) } : {}),
      ...(recentPath ? { click: () => onOpenRecent(recentPath) } : {}),
    };
  };
  return Menu.buildFromTemplate(menuTemplate(process.platform, recent).map(convert));
}
