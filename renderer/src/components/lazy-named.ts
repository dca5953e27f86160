import { lazy, type ComponentType } from 'react';

type PropsOf<C> = C extends ComponentType<infer P> ? P : never;

/**
 * React.lazy for a named export, so screens keep named exports and still load on demand. `preload` starts the
 * download early, for a screen that is sure to come next; the browser fetches the chunk once either way.
 */
export function lazyNamed<M extends Record<string, unknown>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
) {
  const component = lazy(async () => ({ default: (await load())[name] as ComponentType<PropsOf<M[K]>> }));
  return Object.assign(component, { preload: () => void load().catch(() => undefined) });
}
