/**
 * Lexical's default for a new table marks both the first row and the first column as headers;
 * news tables label their columns, so only the first row is a header.
 */
export const HEADER_ROW_ONLY = { rows: true, columns: false } as const
