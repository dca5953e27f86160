import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBindingPath } from './native-binding';

describe('nativeBindingPath', () => {
  it('uses the resources folder of a packaged app', () => {
    expect(
      nativeBindingPath({
        isPackaged: true,
        resourcesPath: '/opt/Coulisse/resources',
        projectRoot: '/ignored',
        electronVersion: '45.5.0',
      }),
    ).toBe(path.join('/opt/Coulisse/resources', 'native', 'better_sqlite3.node'));
  });

  it('uses the per-version build folder in development', () => {
    expect(
      nativeBindingPath({
        isPackaged: false,
        resourcesPath: '/ignored',
        projectRoot: '/home/dev/coulisse',
        electronVersion: '45.5.0',
      }),
    ).toBe(path.join('/home/dev/coulisse', 'build', 'native', 'electron-45.5.0', 'better_sqlite3.node'));
  });
});
