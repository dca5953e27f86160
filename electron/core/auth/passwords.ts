import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  keylen: number;
}

/** 2^15 × 8 × 128 bytes = 32 MiB per hash: slow for a thief with the file, quick enough for one sign-in. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1, keylen: 64 };

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      params.keylen,
      { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

export interface StoredPassword {
  hash: string;
  salt: string;
  /** JSON of the scrypt parameters, stored with each hash so they can be raised later without breaking old ones. */
  params: string;
}

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<StoredPassword> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return { hash: key.toString('base64'), salt: salt.toString('base64'), params: JSON.stringify(params) };
}

export async function verifyPassword(password: string, stored: StoredPassword): Promise<boolean> {
  const params = JSON.parse(stored.params) as ScryptParams;
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await derive(password, Buffer.from(stored.salt, 'base64'), { ...params, keylen: expected.length });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
