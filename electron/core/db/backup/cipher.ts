import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import type { Encryption } from './format';

// AES-256-GCM with a key derived from the passphrase by scrypt; the parameters travel in the manifest so they can
// be raised later and old backups still open.

export const BACKUP_SCRYPT = { N: 2 ** 15, r: 8, p: 1 };
const KEY_CHECK = Buffer.from('coulisse-key-ok!', 'ascii');

export function deriveKey(
  passphrase: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFKC'),
      salt,
      32,
      { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export async function newEncryption(
  passphrase: string,
  params = BACKUP_SCRYPT,
): Promise<{ key: Buffer; encryption: Encryption }> {
  const salt = randomBytes(16);
  const key = await deriveKey(passphrase, salt, params);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(KEY_CHECK), cipher.final()]);
  return {
    key,
    encryption: {
      cipher: 'aes-256-gcm',
      kdf: 'scrypt',
      ...params,
      salt: salt.toString('base64'),
      check: { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') },
    },
  };
}

/** The key when the passphrase is the right one, null otherwise. */
export async function unlock(passphrase: string, encryption: Encryption): Promise<Buffer | null> {
  const key = await deriveKey(passphrase, Buffer.from(encryption.salt, 'base64'), encryption);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(encryption.check.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(encryption.check.tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(encryption.check.data, 'base64')), decipher.final()]);
    return plain.equals(KEY_CHECK) ? key : null;
  } catch {
    return null;
  }
}
