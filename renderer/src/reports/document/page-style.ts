import type { DocT } from './text';

/** A4 portrait; the bottom margin holds the page number. */
export const PAGE_MARGINS = '16mm 15mm 18mm 15mm';

/** `"Halaman " counter(page) " dari " counter(pages)` from the catalogue's `Halaman {page} dari {pages}`. */
export function pageNumberContent(t: DocT): string {
  const template = t('reportDoc.page', { page: '\u0000page\u0000', pages: '\u0000pages\u0000' });
  return template
    .split('\u0000')
    .filter((part) => part !== '')
    .map((part) => (part === 'page' ? 'counter(page)' : part === 'pages' ? 'counter(pages)' : JSON.stringify(part)))
    .join(' ');
}

/**
 * The @page rule of the report, installed while a document is mounted (the print route, or the
 * Laporan page when the user prints it) and removed with it, so other pages print as they did.
 * A constructed style sheet: the CSP allows no inline <style>, and the page-number words come from
 * the catalogue, which a static CSS file cannot read.
 */
export function installPageStyle(t: DocT): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `@page { size: A4 portrait; margin: ${PAGE_MARGINS};
       @bottom-right { content: ${pageNumberContent(t)}; font-family: Arial, 'Liberation Sans', Helvetica, sans-serif; font-size: 8pt; color: #333; } }`,
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
