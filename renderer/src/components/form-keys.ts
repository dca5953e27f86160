import type { KeyboardEvent } from 'react';

/** Escape cancels a form, unless it is closing an open dropdown or a modal on top of it. */
export function escapeCancels(onCancel: (() => void) | undefined) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape' || !onCancel || event.defaultPrevented) return;
    const target = event.target as HTMLElement;
    if (target.getAttribute('aria-expanded') === 'true') return;
    event.preventDefault();
    onCancel();
  };
}
