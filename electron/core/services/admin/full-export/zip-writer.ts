import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { AppError } from '../../../../../shared/errors';

/** fflate writes no Zip64 records: offsets and sizes must fit in 32 bits. */
const ZIP32_LIMIT = 0xffffffff;

export interface WrittenEntry {
  path: string;
  size: number;
  sha256: string;
}

/** One file being added: bytes go straight through the compressor to the disk, chunk by chunk. */
export interface EntryWriter {
  push(chunk: Uint8Array): void;
  end(): WrittenEntry;
}

/**
 * A zip written to a file descriptor as fflate produces it, so the archive is never held in memory, whatever the
 * size of the company. Each entry's sha256 is taken on its uncompressed bytes, for the manifest.
 */
export class ZipFileWriter {
  private readonly fd: number;
  private readonly zip: Zip;
  private error: Error | null = null;
  private bytesWritten = 0;
  readonly entries: WrittenEntry[] = [];

  constructor(
    path: string,
    private readonly mtime: Date,
    private readonly limit = ZIP32_LIMIT,
  ) {
    this.fd = openSync(path, 'wx');
    this.zip = new Zip((err, chunk) => {
      if (err) {
        this.error = err;
        return;
      }
      this.bytesWritten += chunk.length;
      if (this.bytesWritten > this.limit) {
        this.error = new AppError('CONFLICT', 'errors.exportBeyondZip32');
        return;
      }
      writeSync(this.fd, chunk);
    });
  }

  /** `stored`: already-compressed content (PDF, images) is kept as is, deflating it again only costs time. */
  open(path: string, stored = false): EntryWriter {
    const file = stored ? new ZipPassThrough(path) : new ZipDeflate(path, { level: 6 });
    file.mtime = this.mtime;
    this.zip.add(file);
    const hash = createHash('sha256');
    let size = 0;
    return {
      push: (chunk) => {
        hash.update(chunk);
        size += chunk.length;
        file.push(chunk);
        this.check();
      },
      end: () => {
        file.push(new Uint8Array(0), true);
        this.check();
        const entry = { path, size, sha256: hash.digest('hex') };
        this.entries.push(entry);
        return entry;
      },
    };
  }

  add(path: string, bytes: Uint8Array, stored = false): WrittenEntry {
    const entry = this.open(path, stored);
    entry.push(bytes);
    return entry.end();
  }

  /** Writes the central directory and makes the file durable before anyone is told it exists. */
  finish(): number {
    this.zip.end();
    this.check();
    fsyncSync(this.fd);
    closeSync(this.fd);
    return this.bytesWritten;
  }

  abort(): void {
    try {
      this.zip.terminate();
    } finally {
      closeSync(this.fd);
    }
  }

  private check(): void {
    if (this.error) throw this.error;
  }
}
