import type { App, Menu as MenuClass, MenuItemConstructorOptions, WebContents } from 'electron';

/**
 * The till's own application menu. Electron's default menu binds F11 (full screen) and Ctrl+R /
 * F5 (reload): F11 is the staff screen's key and a reload mid-sale drops what the cashier typed.
 * Windows and Linux get no menu at all; macOS keeps only what a Mac needs (quit, and the Edit
 * roles without which Cmd+C / Cmd+V stop working in text fields). In development a Developer
 * menu reloads with Ctrl+Shift+R, a key no till screen uses.
 */
export function tillMenuTemplate(platform: NodeJS.Platform, isPackaged: boolean): MenuItemConstructorOptions[] | null {
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        {
          label: 'Developer',
          submenu: [
            { role: 'reload', accelerator: 'CmdOrCtrl+Shift+R' },
            { role: 'toggleDevTools', accelerator: 'CmdOrCtrl+Shift+I' },
          ],
        },
      ];
  if (platform !== 'darwin') return developer.length > 0 ? developer : null;
  return [
    { role: 'appMenu', submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'quit' }] },
    { role: 'editMenu' },
    ...developer,
  ];
}

/**
 * Keys that reload a page, blocked in packaged builds whatever the menu says. (F11 is not among
 * them: without the default menu it toggles nothing, and blocking it here would also keep it
 * from the till, whose staff screen it opens.)
 */
export function isReloadKey(input: { type: string; key: string; control: boolean; meta: boolean }): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  return key === 'f5' || ((input.control || input.meta) && key === 'r');
}

export function installTillMenu(menu: typeof MenuClass, app: App, platform: NodeJS.Platform): void {
  const template = tillMenuTemplate(platform, app.isPackaged);
  menu.setApplicationMenu(template === null ? null : menu.buildFromTemplate(template));
  if (!app.isPackaged) return;
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('before-input-event', (event, input) => {
      if (isReloadKey(input)) event.preventDefault();
    });
  });
}
