import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { backupsEn } from '../../../i18n/backups.en';
import { backupsFr } from '../../../i18n/backups.fr';
import { formatSize } from './backup-format';

const tOf = (units: Record<string, string>) =>
  ((key: string) => units[key.split('.').pop()!] ?? key) as unknown as TFunction;

describe('backup file sizes', () => {
  it('read as in a file manager, in each language', () => {
    const fr = tOf(backupsFr.units);
    const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(nbsp(formatSize(13_002_342, 'fr', fr))).toBe('12,4 Mo');
    expect(nbsp(formatSize(1_003_520, 'fr', fr))).toBe('980 Ko');
    expect(nbsp(formatSize(512, 'fr', fr))).toBe('512 o');
    expect(formatSize(3 * 1024 ** 3, 'en', tOf(backupsEn.units))).toBe('3 GB');
  });
});
