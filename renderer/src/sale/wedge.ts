/**
 * A barcode scanner in keyboard-wedge mode types its code as fast keystrokes and ends with Enter.
 * This decides, key by key, whether what is being typed is such a scan, without a DOM: every
 * printable ASCII key is held back (never reaches the focused field) while keys keep coming at
 * most `maxGapMs` apart; Enter after at least `minLength` held keys is a scan. Anything else
 * (a pause longer than the gap, another key, Enter too early) hands the held keys back as typed
 * text, so a person typing loses nothing and sees each key at most `releaseAfterMs` late.
 */
export interface WedgeOptions {
  /** Longest pause between two keys of one scan (scanners type every 2–15 ms; people rarely under 30). */
  maxGapMs: number;
  /** Shortest code taken as a scan (EAN-8 is 8; in-store codes may be shorter). */
  minLength: number;
  /**
   * How long the screen waits, in real time, for the next key before giving held keys back as
   * typing. Longer than the gap: the gap is measured between the keys' own stamps, but a busy page
   * (or machine) hands stamped keys over late, and a scan must not be split by that.
   */
  releaseAfterMs: number;
}

export const WEDGE_DEFAULTS: WedgeOptions = { maxGapMs: 30, minLength: 4, releaseAfterMs: 60 };

export interface WedgeState {
  /** Keys held back so far, in order. */
  held: string;
  /** When the last held key came (ms, any monotonic clock). */
  lastAt: number;
}

export const IDLE: WedgeState = { held: '', lastAt: Number.NEGATIVE_INFINITY };

export interface WedgeKey {
  /** `KeyboardEvent.key`. */
  key: string;
  at: number;
  /** Ctrl, Alt or Meta held: a shortcut, never part of a code. */
  modified: boolean;
}

export interface WedgeStep {
  state: WedgeState;
  /** Keep this key from its default action (it is held, or it ended a scan). */
  swallow: boolean;
  /** Held keys that turned out to be typing: insert them where they were typed, before this key acts. */
  replay: string;
  /** A complete scan. */
  scan: string | null;
}

/** Characters a code can hold (printable ASCII, no space: a held space would break buttons). */
const CODE_CHAR = /^[\x21-\x7e]$/;

export function step(state: WedgeState, input: WedgeKey, options: WedgeOptions = WEDGE_DEFAULTS): WedgeStep {
  const inTime = input.at - state.lastAt <= options.maxGapMs;
  if (input.modified) return release(state);
  if (input.key === 'Enter') {
    if (inTime && state.held.length >= options.minLength) return { state: IDLE, swallow: true, replay: '', scan: state.held };
    return release(state);
  }
  if (CODE_CHAR.test(input.key)) {
    // A late key starts a new run: what was held before it was typing.
    const replay = inTime ? '' : state.held;
    return { state: { held: (inTime ? state.held : '') + input.key, lastAt: input.at }, swallow: true, replay, scan: null };
  }
  // Shift and friends come before the letter they change; they neither end nor join a run.
  if (MODIFIER_KEYS.has(input.key)) return { state, swallow: false, replay: '', scan: null };
  return release(state);
}

/** The gap has passed with nothing new: whatever is held was typed by a person. */
export function expire(state: WedgeState, now: number, options: WedgeOptions = WEDGE_DEFAULTS): WedgeStep {
  if (state.held === '' || now - state.lastAt <= options.maxGapMs) return { state, swallow: false, replay: '', scan: null };
  return release(state);
}

const MODIFIER_KEYS = new Set(['Shift', 'CapsLock']);

const release = (state: WedgeState): WedgeStep => ({ state: IDLE, swallow: false, replay: state.held, scan: null });
