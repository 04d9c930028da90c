import { useLayoutEffect, useRef } from 'react';

/**
 * Number keys 1-9 pick the n-th choice while a step is shown: the clerk answers without the mouse.
 * Ignored while typing in a text field, so a scan or a name never triggers a choice.
 * Layout effects (not passive ones) attach the listener and refresh the handler, so keys typed in quick
 * succession each reach the step that is on screen by then, none is lost between two renders.
 */
export function useNumberKeys(count: number, pick: (index: number) => void, enabled = true): void {
  const latest = useRef({ count, pick, enabled });
  useLayoutEffect(() => {
    latest.current = { count, pick, enabled };
  });
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { count: n, pick: choose, enabled: on } = latest.current;
      if (!on || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (
        target &&
        (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable)
      )
        return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const digit = Number(e.key);
      if (Number.isInteger(digit) && digit >= 1 && digit <= Math.min(n, 9)) {
        e.preventDefault();
        choose(digit - 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
