import type { Kysely } from 'kysely';
import type { SecuritySettings, users } from '../../../../shared/contract/users';
import { DEFAULT_IDLE_TIMEOUT_MINUTES, IDLE_TIMEOUT_SETTING } from '../../auth/runtime';
import type { Handlers } from '../../context';
import type { DB } from '../../db/schema';

type SettingsRoutes = Extract<keyof typeof users, `admin.settings.${string}`>;

async function loadSettings(db: Kysely<DB>): Promise<SecuritySettings> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', IDLE_TIMEOUT_SETTING).executeTakeFirst();
  return { idleTimeoutMinutes: (row && Number(row.value)) || DEFAULT_IDLE_TIMEOUT_MINUTES };
}

export const settingsHandlers = {
  'admin.settings.get': (ctx) => loadSettings(ctx.db),

  'admin.settings.update': async (ctx, input) => {
    const before = await loadSettings(ctx.db);
    const value = String(input.idleTimeoutMinutes);
    await ctx.db
      .insertInto('setting')
      .values({ key: IDLE_TIMEOUT_SETTING, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
    // Sessions read the timeout from memory at each call: the new one applies to everyone at once.
    ctx.auth.idleTimeoutMinutes = input.idleTimeoutMinutes;
    const after = await loadSettings(ctx.db);
    ctx.audit({ entityType: 'setting', entityId: null, before, after });
    return after;
  },
} satisfies Pick<Handlers<typeof users>, SettingsRoutes>;
