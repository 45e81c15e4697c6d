/** Escaping for the HTML documents built by pure functions (receipts, reports). */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/**
 * A complete page: `lang`, UTF-8, the given stylesheet inline and no scripts, so it renders the
 * same in a hidden Electron window, headless Chromium, or a file opened later.
 */
export function htmlDocument(options: { lang: string; title: string; css: string; body: string }): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(options.lang)}"><head><meta charset="utf-8">`,
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${options.css}</style></head>`,
    `<body>${options.body}</body></html>`,
  ].join('');
}
