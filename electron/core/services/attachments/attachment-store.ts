import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AttachmentMeta } from '../../../../shared/contract/accounting-bills';
import { AppError } from '../../../../shared/errors';
import type { DB } from '../../db/schema';

// Files kept with a document. The SHA-256 is stored so that the file shown later can be proven to be the one
// received.

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function mimeTypeOf(fileName: string, bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'application/pdf';
  if (/\.xml$/i.test(fileName) || head.trimStart().startsWith('<')) return 'application/xml';
  return 'application/octet-stream';
}

export async function insertAttachment(
  db: Kysely<DB>,
  owner: { type: string; id: number },
  fileName: string,
  bytes: Uint8Array,
  now: string,
): Promise<number> {
  const { id } = await db
    .insertInto('attachment')
    .values({
      owner_type: owner.type,
      owner_id: owner.id,
      file_name: fileName,
      mime_type: mimeTypeOf(fileName, bytes),
      size: bytes.byteLength,
      sha256: sha256Hex(bytes),
      content: bytes,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function attachmentMeta(db: Kysely<DB>, id: number): Promise<AttachmentMeta> {
  const row = await db
    .selectFrom('attachment')
    .select(['id', 'file_name', 'mime_type', 'size', 'sha256', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'attachment', id });
  return {
    id: row.id,
    fileName: row.file_name,
    mimeType: row.mime_type,
    size: row.size,
    sha256: row.sha256,
    createdAt: row.created_at,
  };
}

export async function attachmentContent(db: Kysely<DB>, id: number): Promise<Uint8Array> {
  const row = await db.selectFrom('attachment').select('content').where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.notFound', { entity: 'attachment', id });
  return row.content;
}

export async function deleteAttachmentsOf(db: Kysely<DB>, owner: { type: string; id: number }): Promise<void> {
  await db.deleteFrom('attachment').where('owner_type', '=', owner.type).where('owner_id', '=', owner.id).execute();
}
