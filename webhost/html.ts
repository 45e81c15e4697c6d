/** Path of the bridge script the host serves; see bridge.ts. */
export const BRIDGE_PATH = '/host-bridge.js';

/**
 * Adds the bridge as the first script of the page. A classic script runs before vite's deferred
 * module script, so `window.pos` exists before the app's first line, as with the preload.
 */
export function injectBridge(html: string): string {
  const tag = `<script src="${BRIDGE_PATH}"></script>`;
  const at = html.search(/<head[^>]*>/i);
  if (at < 0) throw new Error('renderer index.html has no <head>');
  const end = html.indexOf('>', at) + 1;
  return `${html.slice(0, end)}\n    ${tag}${html.slice(end)}`;
}
