import { useCallback, useEffect, useState } from 'preact/hooks';
import type { FieldGroupId, FieldMeta } from '../../lib/params/fields.ts';
import { fieldId } from '../calculator/ScenarioForm.tsx';

/** False during server rendering and the hydrating render, true after. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/** Opens a field's group and moves focus to it (links in the issue summary). */
export function useGoToField(uid: string): {
  openGroups: Partial<Record<FieldGroupId, boolean>>;
  toggle: (g: FieldGroupId, open: boolean) => void;
  goTo: (meta: FieldMeta) => void;
} {
  const [openGroups, setOpenGroups] = useState<Partial<Record<FieldGroupId, boolean>>>({});
  const toggle = useCallback((g: FieldGroupId, open: boolean) => setOpenGroups((s) => (s[g] === open ? s : { ...s, [g]: open })), []);
  const goTo = useCallback(
    (meta: FieldMeta) => {
      toggle(meta.group, true);
      requestAnimationFrame(() => {
        const el = document.getElementById(fieldId(uid, meta.param));
        el?.scrollIntoView({ block: 'center' });
        el?.focus({ preventScroll: true });
      });
    },
    [uid, toggle],
  );
  return { openGroups, toggle, goTo };
}
