import { useEffect } from 'react';

/**
 * Number keys 1-9 pick the n-th choice while a step is shown: the clerk answers without the mouse.
 * Ignored while typing in a text field, so a scan or a name never triggers a choice.
 */
export function useNumberKeys(count: number, pick: (index: number) => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const n = Number(e.key);
      if (Number.isInteger(n) && n >= 1 && n <= Math.min(count, 9)) {
        e.preventDefault();
        pick(n - 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, pick, enabled]);
}
