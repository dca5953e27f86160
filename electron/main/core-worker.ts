import { parentPort, workerData } from 'node:worker_threads';
import { startWorkspace } from '../core/workspace/workspace';
import { isCoreWorkerData, serveCore } from './core-bridge';

// Entry of the core's worker thread (out/main/core-worker.js). It imports no `electron`: the core is plain Node.
if (!parentPort || !isCoreWorkerData(workerData)) {
  throw new Error('core-worker.js only runs as the core worker thread started by the main process.');
}

const { dbPath, appVersion, nativeBinding, userDataDir } = workerData.options;
serveCore(parentPort, () =>
  startWorkspace({
    userDataDir,
    appVersion,
    nativeDialogs: true,
    backups: 'scheduled',
    ...(dbPath ? { dbPath } : {}),
    ...(nativeBinding ? { nativeBinding } : {}),
  }),
);
