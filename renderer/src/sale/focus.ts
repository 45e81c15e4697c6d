/** A callback ref that puts the caret in a dialog's first field once (module-level, so React never re-runs it). */
export const focusOnMount = (el: HTMLInputElement | null): void => el?.focus();
