import { writeFile } from 'node:fs/promises';
import { translate } from '../../shared/i18n';
import { AppError } from '../../shared/errors';
import type { AppContext } from '../ipc/types';
import { serviceContext } from '../ipc/types';
import { readLocale } from '../settings/service';
import { writeOutput } from './output-file';

const PNG_PREFIX = 'data:image/png;base64,';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A chart drawn in the window, saved as PNG where the user chooses (main's save dialog: the
 * window never names a path). The bytes must really be a PNG, whatever the window sent.
 */
export async function saveImage(ctx: AppContext, dataUrl: string, suggestedName: string): Promise<{ path: string } | null> {
  const bytes = dataUrl.startsWith(PNG_PREFIX) ? Buffer.from(dataUrl.slice(PNG_PREFIX.length), 'base64') : Buffer.alloc(0);
  if (bytes.length < PNG_SIGNATURE.length || !bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) {
    throw new AppError('IMAGE_INVALID');
  }
  const locale = readLocale(serviceContext(ctx));
  const path = await ctx.dialogs.saveFile({
    title: translate(locale, 'chart.saveTitle'),
    defaultName: `${suggestedName}.png`,
    filters: [{ name: translate(locale, 'chart.pngFilter'), extensions: ['png'] }],
  });
  if (path === null) return null;
  await writeOutput(path, () => writeFile(path, bytes));
  return { path };
}
