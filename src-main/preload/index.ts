// The preload: puts the typed bridge on `window.kiemtra` (DESIGN.md §2). It runs sandboxed with
// context isolation, so the page sees only what contextBridge copies over.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('kiemtra', createBridge((channel, input) => ipcRenderer.invoke(channel, input)));
