// The printed quarterly report: the component other pages embed, and the print route.
export { QuarterlyDocument, type QuarterlyDocumentProps } from './QuarterlyDocument';
export { PRINT_ROUTE, startPrintRoute } from './PrintRoute';
