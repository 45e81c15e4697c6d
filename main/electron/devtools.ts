import type { App } from 'electron';

/**
 * DevTools only in development. Windows are created with `devTools: false` when packaged; this
 * closes them anyway if something (a keyboard shortcut, a popup's defaults) opens them.
 */
export function blockDevToolsWhenPackaged(app: App): void {
  if (!app.isPackaged) return;
  app.on('web-contents-created', (_event, contents) => {
    contents.on('devtools-opened', () => contents.closeDevTools());
  });
}
