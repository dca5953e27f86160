// The two IPC channels, shared by the preload and the main process. No imports: the sandboxed preload
// bundle can only require 'electron'.
export const CALL_CHANNEL = 'coulisse:call';
export const EVENT_CHANNEL = 'coulisse:event';
