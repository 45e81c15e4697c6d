import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * EventEmitter fakes of the Electron main and preload APIs the adapters use (in the spirit of
 * Electron Fiddle's tests/mocks). Tests `vi.mock('electron', () => import('./mocks/electron'))`
 * and drive them by emitting the events Electron would.
 */

export interface FakeEvent {
  preventDefault: ReturnType<typeof vi.fn>;
  defaultPrevented: boolean;
}

export function fakeEvent<T extends object>(extra: T = {} as T): FakeEvent & T {
  const event = {
    defaultPrevented: false,
    preventDefault: vi.fn(() => {
      event.defaultPrevented = true;
    }),
    ...extra,
  };
  return event;
}

type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheck = (contents: unknown, permission: string) => boolean;

export class FakeSession {
  permissionRequestHandler: PermissionRequest | null = null;
  permissionCheckHandler: PermissionCheck | null = null;
  devicePermissionHandler: ((details: unknown) => boolean) | null = null;
  setPermissionRequestHandler = vi.fn((handler: PermissionRequest) => {
    this.permissionRequestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: PermissionCheck) => {
    this.permissionCheckHandler = handler;
  });
  setDevicePermissionHandler = vi.fn((handler: (details: unknown) => boolean) => {
    this.devicePermissionHandler = handler;
  });
  clearStorageData = vi.fn(async () => undefined);
}

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny'; overrideBrowserWindowOptions?: unknown }) | null = null;
  devToolsOpen = false;
  constructor(readonly session: FakeSession = electronState.defaultSession) {
    super();
  }
  setWindowOpenHandler = vi.fn((handler: NonNullable<FakeWebContents['windowOpenHandler']>) => {
    this.windowOpenHandler = handler;
  });
  openDevTools = vi.fn(() => {
    this.devToolsOpen = true;
    this.emit('devtools-opened');
  });
  closeDevTools = vi.fn(() => {
    this.devToolsOpen = false;
  });
  isDevToolsOpened = (): boolean => this.devToolsOpen;
  /** Printing (main/electron/print.ts): the system dialog's answer and the PDF bytes are set by the test. */
  printAnswer = true;
  print = vi.fn((...[, callback]: [options: unknown, callback: (success: boolean, reason: string) => void]) => {
    callback(this.printAnswer, this.printAnswer ? '' : 'cancelled');
  });
  printToPDF = vi.fn<(options: unknown) => Promise<Buffer>>(async () => Buffer.from('%PDF-fake'));
  executeJavaScript = vi.fn<(code: string) => Promise<number>>(async () => 600);
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  readonly id = nextId++;
  readonly webContents: FakeWebContents;
  minimized = false;
  destroyed = false;
  loadedUrl: string | null = null;
  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    // `webPreferences.partition` picks the session, as in Electron (the payment window's in-memory one).
    const partition = (options.webPreferences as { partition?: string } | undefined)?.partition;
    this.webContents = new FakeWebContents(partition ? session.fromPartition(partition) : electronState.defaultSession);
    BrowserWindow.instances.push(this);
    // Electron announces every new webContents on the app, before anything loads.
    electronState.app.emit('web-contents-created', fakeEvent(), this.webContents);
  }
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.instances.find((w) => w.webContents === contents) ?? null;
  }
  static getAllWindows(): BrowserWindow[] {
    return [...BrowserWindow.instances];
  }
  loadURL = vi.fn((url: string) => {
    this.loadedUrl = url;
    return Promise.resolve();
  });
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn(() => {
    this.minimized = false;
  });
  isMinimized = (): boolean => this.minimized;
  isDestroyed = (): boolean => this.destroyed;
  close = vi.fn(() => {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  });
  destroy = vi.fn(() => {
    this.destroyed = true;
  });
}

export class FakeApp extends EventEmitter {
  isPackaged = false;
  paths: Record<string, string> = { userData: '/fake/userData' };
  appPath = '/fake/app';
  lockAvailable = true;
  private readyResolve: (() => void) | null = null;
  private readonly ready = new Promise<void>((resolve) => {
    this.readyResolve = resolve;
  });
  sandboxEnabled = false;
  requestSingleInstanceLock = vi.fn(() => this.lockAvailable);
  enableSandbox = vi.fn(() => {
    this.sandboxEnabled = true;
  });
  quit = vi.fn();
  exit = vi.fn();
  whenReady = vi.fn(() => this.ready);
  getPath = vi.fn((name: string) => this.paths[name] ?? `/fake/${name}`);
  setPath = vi.fn((name: string, value: string) => {
    this.paths[name] = value;
  });
  getAppPath = vi.fn(() => this.appPath);
  getVersion = vi.fn(() => '0.1.0');
  getName = vi.fn(() => 'hecto-pos');
  readyFlag = false;
  isReady = vi.fn(() => this.readyFlag);
  markReady(): void {
    this.readyFlag = true;
    this.readyResolve?.();
    this.emit('ready');
  }
}

export class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  handle = vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  });
  removeHandler = vi.fn((channel: string) => this.handlers.delete(channel));
  /** What Electron does when the renderer calls ipcRenderer.invoke. */
  invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (handler === undefined) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    return Promise.resolve(handler(event, ...args));
  }
}

export class FakeSafeStorage {
  backend: 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown' = 'gnome_libsecret';
  available = true;
  /** A reversible stand-in for OS encryption: enough to prove plaintext never reaches the store. */
  encryptStringAsync = vi.fn(async (plain: string) => Buffer.from(`enc:${Buffer.from(plain).toString('hex')}`));
  decryptStringAsync = vi.fn(async (cipher: Buffer) => {
    const text = cipher.toString();
    if (!text.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return { result: Buffer.from(text.slice(4), 'hex').toString(), shouldReEncrypt: false };
  });
  isAsyncEncryptionAvailable = vi.fn(async () => this.available);
  getSelectedStorageBackend = vi.fn(() => this.backend);
}

function createState() {
  return {
    app: new FakeApp(),
    ipcMain: new FakeIpcMain(),
    defaultSession: new FakeSession(),
    partitions: new Map<string, FakeSession>(),
    safeStorage: new FakeSafeStorage(),
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn(),
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    dialog: {
      showErrorBox: vi.fn(),
      showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath?: string }>>(async () => ({ canceled: true })),
    },
    ipcRenderer: { invoke: vi.fn(), send: vi.fn(), on: vi.fn(), sendSync: vi.fn() },
  };
}

/** Mutable so each test can start from fresh fakes (`resetElectron()` in beforeEach). */
export const electronState = createState();

export function resetElectron(): void {
  Object.assign(electronState, createState());
  BrowserWindow.instances = [];
}

/** A stand-in that always forwards to the current fake (so `resetElectron()` is picked up), methods bound. */
function live<T extends object>(current: () => T): T {
  return new Proxy({} as T, {
    get(_target, key) {
      const target = current();
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
    set(_target, key, value) {
      return Reflect.set(current(), key, value);
    },
  });
}

// The module surface `import { app, … } from 'electron'` sees.
export const app = live(() => electronState.app);
export const ipcMain = live(() => electronState.ipcMain);
export const safeStorage = live(() => electronState.safeStorage);
export const protocol = live(() => electronState.protocol);
export const contextBridge = live(() => electronState.contextBridge);
export const ipcRenderer = live(() => electronState.ipcRenderer);
export const dialog = live(() => electronState.dialog);
export const session = {
  get defaultSession(): FakeSession {
    return electronState.defaultSession;
  },
  fromPartition(partition: string): FakeSession {
    const existing = electronState.partitions.get(partition);
    if (existing) return existing;
    const created = new FakeSession();
    electronState.partitions.set(partition, created);
    return created;
  },
};
export const shell = { openPath: vi.fn(async () => '') };
export const Menu = { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() };

/** electron-store does `import electron from 'electron'`. */
export default { app, ipcMain, safeStorage, protocol, contextBridge, ipcRenderer, dialog, session, shell, Menu, BrowserWindow };
