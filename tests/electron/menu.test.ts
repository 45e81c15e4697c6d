import { describe, expect, it, vi } from 'vitest';
import type { App, Menu, MenuItemConstructorOptions } from 'electron';
import { EventEmitter } from 'node:events';
import { installTillMenu, isReloadKey, tillMenuTemplate } from '../../main/electron/menu';

const roles = (items: MenuItemConstructorOptions[] | null): string[] =>
  (items ?? []).flatMap((i) => [i.role ?? i.label ?? '', ...roles(Array.isArray(i.submenu) ? i.submenu : null)]);
const accelerators = (items: MenuItemConstructorOptions[] | null): string[] =>
  (items ?? []).flatMap((i) => [...(i.accelerator ? [String(i.accelerator)] : []), ...accelerators(Array.isArray(i.submenu) ? i.submenu : null)]);

describe('the till menu', () => {
  it('packaged Windows and Linux builds have no menu, so F11 and Ctrl+R do nothing', () => {
    expect(tillMenuTemplate('win32', true)).toBeNull();
    expect(tillMenuTemplate('linux', true)).toBeNull();
  });

  it('macOS keeps quit and the Edit roles (copy/paste in fields), never reload or full screen', () => {
    const mac = tillMenuTemplate('darwin', true);
    expect(roles(mac)).toEqual(expect.arrayContaining(['appMenu', 'quit', 'editMenu']));
    expect(roles(mac)).not.toContain('reload');
    expect(roles(mac)).not.toContain('togglefullscreen');
  });

  it('development reloads only with Ctrl+Shift+R, which no till screen uses; no F-key is bound', () => {
    const dev = tillMenuTemplate('linux', false);
    expect(roles(dev)).toContain('reload');
    expect(accelerators(dev)).toEqual(['CmdOrCtrl+Shift+R', 'CmdOrCtrl+Shift+I']);
    expect(accelerators(tillMenuTemplate('darwin', false)).some((a) => /^F\d+$/.test(a))).toBe(false);
  });

  it('knows the reload keys and lets the till’s F-keys through', () => {
    const key = (k: string, mods: Partial<{ control: boolean; meta: boolean }> = {}) => ({ type: 'keyDown', key: k, control: false, meta: false, ...mods });
    expect(isReloadKey(key('F5'))).toBe(true);
    expect(isReloadKey(key('r', { control: true }))).toBe(true);
    expect(isReloadKey(key('R', { meta: true }))).toBe(true);
    expect(isReloadKey(key('r'))).toBe(false);
    expect(isReloadKey({ ...key('F5'), type: 'keyUp' })).toBe(false);
    for (const f of ['F2', 'F6', 'F7', 'F8', 'F9', 'F10', 'F11']) expect(isReloadKey(key(f))).toBe(false);
  });

  it('installs the menu and, when packaged, stops a reload key before the page sees it', () => {
    const app = Object.assign(new EventEmitter(), { isPackaged: true }) as unknown as App;
    const menu = { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) };
    installTillMenu(menu as unknown as typeof Menu, app, 'linux');
    expect(menu.setApplicationMenu).toHaveBeenCalledWith(null);

    const contents = new EventEmitter();
    app.emit('web-contents-created', {}, contents);
    const reload = { preventDefault: vi.fn() };
    contents.emit('before-input-event', reload, { type: 'keyDown', key: 'r', control: true, meta: false });
    expect(reload.preventDefault).toHaveBeenCalledOnce();
    const staff = { preventDefault: vi.fn() };
    contents.emit('before-input-event', staff, { type: 'keyDown', key: 'F11', control: false, meta: false });
    expect(staff.preventDefault).not.toHaveBeenCalled();
  });
});
