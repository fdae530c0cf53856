import { useCallback } from 'react';
import { call, errorText } from '../api';
import { useApp } from '../stores/app';
import { useImportWizard } from '../stores/imports';
import type { ColumnMapping } from '../../../shared/domain/imports';

/** Runs `imports.preview` for the wizard's current choices (optionally with a changed mapping). */
export function usePreview() {
  const notify = useApp((s) => s.notify);
  const wizard = useImportWizard();
  return useCallback(
    async (mapping: ColumnMapping | null = wizard.mapping) => {
      const request = wizard.request();
      if (!request) return false;
      wizard.set({ busy: true });
      try {
        const preview = await call('imports.preview', { ...request, mapping });
        wizard.set({ preview, mapping: preview.mapping, sheet: preview.sheet });
        return true;
      } catch (err) {
        notify('error', errorText(err));
        return false;
      } finally {
        wizard.set({ busy: false });
      }
    },
    [wizard, notify],
  );
}
