import { parentPort, workerData } from 'node:worker_threads';
import { startCore } from '../core/host';
import { isCoreWorkerData, serveCore } from './core-bridge';

// Entry of the core's worker thread (out/main/core-worker.js). It imports no `electron`: the core is plain Node.
if (!parentPort || !isCoreWorkerData(workerData)) {
  throw new Error('core-worker.js only runs as the core worker thread started by the main process.');
}

const { dbPath, appVersion, nativeBinding } = workerData.options;
serveCore(parentPort, () =>
  startCore({ dbPath, appVersion, backups: 'scheduled', ...(nativeBinding ? { nativeBinding } : {}) }),
);
