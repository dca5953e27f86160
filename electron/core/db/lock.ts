import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname as osHostname, uptime } from 'node:os';
import { AppError } from '../../../shared/errors';

// SQLite's own locks keep two connections from corrupting the file, but not two Coulisse windows from each
// believing they own the company (sessions, idle locks, caches). A lock file beside the company file says who
// has it open; it lives on the same disk, so it also works across computers sharing a network folder.

export interface LockOwner {
  pid: number;
  hostname: string;
  /** ISO-8601 instant the owner opened the file. */
  startedAt: string;
  appVersion: string;
}

export interface FileLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** Removes the lock file if it is still ours; safe to call twice. */
  release(): void;
}

export interface LockOptions {
  appVersion: string;
  now?: () => Date;
  hostname?: string;
  pid?: number;
}

/** A lock file that holds nothing readable this long after it was created belongs to a writer that died mid-write. */
const UNREADABLE_GRACE_MS = 10_000;

export function lockPathFor(dbPath: string): string {
  return `${dbPath}.lock`;
}

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid !== 'number' || typeof owner.hostname !== 'string' || typeof owner.startedAt !== 'string') {
      return null;
    }
    return { pid: owner.pid, hostname: owner.hostname, startedAt: owner.startedAt, appVersion: owner.appVersion ?? '' };
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Stale only when it provably is: written on this computer by a process that is gone, or before this computer
 * last started (the pid may since belong to an unrelated process). Another computer's lock is always respected.
 */
function isStale(path: string, owner: LockOwner | null, here: string, now: Date): boolean {
  if (owner === null) {
    try {
      return now.getTime() - statSync(path).mtimeMs > UNREADABLE_GRACE_MS;
    } catch {
      return true;
    }
  }
  if (owner.hostname !== here) return false;
  const bootedAt = Date.now() - uptime() * 1000;
  if (Date.parse(owner.startedAt) < bootedAt) return true;
  return !alive(owner.pid);
}

function sameOwner(a: LockOwner | null, b: LockOwner | null): boolean {
  return a !== null && b !== null && a.pid === b.pid && a.hostname === b.hostname && a.startedAt === b.startedAt;
}

function inUse(path: string, owner: LockOwner | null): AppError {
  return new AppError('CONFLICT', 'errors.file.inUse', {
    hostname: owner?.hostname ?? '?',
    pid: owner?.pid ?? 0,
    since: owner?.startedAt ?? '?',
    lockPath: path,
  });
}

function tryCreate(path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(owner));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Moves a stale lock aside, then checks that what was moved is the lock judged stale: another process may have
 * taken it over in between, and its fresh lock is put back (link fails rather than overwrite a newer one).
 */
function takeOver(path: string, stale: LockOwner | null): void {
  const aside = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readOwner(aside);
  if (stale === null ? moved === null : sameOwner(moved, stale)) {
    unlinkSync(aside);
    return;
  }
  try {
    linkSync(aside, path);
  } catch {
    // A third process already holds a new lock: the one moved aside was then stale as well.
  }
  unlinkSync(aside);
}

/** Takes the lock on a company file, or refuses with who holds it and since when. */
export function acquireLock(dbPath: string, options: LockOptions): FileLock {
  const path = lockPathFor(dbPath);
  const now = options.now ?? (() => new Date());
  const here = options.hostname ?? osHostname();
  const owner: LockOwner = {
    pid: options.pid ?? process.pid,
    hostname: here,
    startedAt: now().toISOString(),
    appVersion: options.appVersion,
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(path, owner)) {
      let held = true;
      return {
        path,
        owner,
        release() {
          if (!held) return;
          held = false;
          if (sameOwner(readOwner(path), owner)) unlinkSync(path);
        },
      };
    }
    const current = readOwner(path);
    if (!isStale(path, current, here, now())) throw inUse(path, current);
    takeOver(path, current);
  }
  throw inUse(path, readOwner(path));
}
