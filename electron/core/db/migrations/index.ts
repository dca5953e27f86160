import { migration0001 } from './0001-company-audit';
import { migration0002 } from './0002-parties';
import { migration0003 } from './0003-identity';
import { migration0004 } from './0004-ledger';
import { migration0005 } from './0005-entries';
import { migration0006 } from './0006-bills';
import { migration0007 } from './0007-bank';
import { migration0008 } from './0008-sales';
import { migration0009 } from './0009-backups';
import { migration0010 } from './0010-list-indexes';
import { migration0011 } from './0011-open-item-indexes';
import { migration0012 } from './0012-more-list-indexes';
import { migration0013 } from './0013-document-due-index';
import { migration0014 } from './0014-party-code-index';
import type { Migration } from './types';

// Listed by hand, in order: a bundle has no folder to scan, and the order is part of the schema's history.
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
];

export const LATEST_SCHEMA_VERSION = migrations.length;
export type { Migration } from './types';
