import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { ScrollPin } from './scroll-map';

export interface ScrollBox {
  scrollTop: number;
  /** The box's inner height; 0 until it is laid out. */
  height: number;
  pin: ScrollPin | null;
  /** Scrolls the box, remembering the exact offset the scrollTop was computed from when there is one. */
  scrollTo(scrollTop: number, pinTo?: Omit<ScrollPin, 'scrollTop'>): void;
}

/**
 * A scroll box's position and height as state. A scroll re-renders at once (as TanStack Virtual does), so the
 * rows drawn for the new position are painted with it rather than a frame later.
 */
export function useScrollBox(ref: RefObject<HTMLElement | null>): ScrollBox {
  const [state, setState] = useState<{ scrollTop: number; height: number; pin: ScrollPin | null }>({
    scrollTop: 0,
    height: 0,
    pin: null,
  });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () =>
      setState((s) =>
        s.scrollTop === el.scrollTop && s.height === el.clientHeight
          ? s
          : { ...s, scrollTop: el.scrollTop, height: el.clientHeight },
      );
    read();
    const onScroll = () => flushSync(read);
    el.addEventListener('scroll', onScroll, { passive: true });
    const resize = new ResizeObserver(read);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      resize.disconnect();
    };
  }, [ref]);

  const scrollTo = useCallback(
    (scrollTop: number, pinTo?: Omit<ScrollPin, 'scrollTop'>) => {
      const el = ref.current;
      if (!el) return;
      el.scrollTop = scrollTop;
      // Read back: the box rounds the value and keeps it inside its content.
      const at = el.scrollTop;
      setState((s) =>
        s.scrollTop === at && s.pin === null && !pinTo
          ? s
          : { ...s, scrollTop: at, pin: pinTo ? { ...pinTo, scrollTop: at } : null },
      );
    },
    [ref],
  );

  return { ...state, scrollTo };
}
