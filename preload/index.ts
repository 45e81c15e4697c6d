import { contextBridge, ipcRenderer } from 'electron';
import { createPosApi } from './api';

// Only the payload crosses: never the IpcRendererEvent, never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'pos',
  createPosApi((channel, payload) => ipcRenderer.invoke(channel, payload)),
);
