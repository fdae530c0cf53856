import type { Locale } from '../../shared/domain/office';

/**
 * The command line speaks Indonesian whatever the window's language setting is: its output ends
 * up in scripts and logs that the whole office reads.
 */
export const CLI_LOCALE: Locale = 'id';
