import type { RegionCode } from '@infitah/labels';

/**
 * Where each region's tile sits in a grid of 4 columns and 8 rows, read left to right (west to east) as a map of
 * Morocco is: Tanger-Tétouan-Al Hoceïma at the top, the Oriental to its east, the coast going down to the south-west,
 * Dakhla-Oued Ed-Dahab at the bottom. Columns are grid *lines*, which follow the writing direction: under dir="rtl" the
 * grid is mirrored and reads right to left.
 */
export const TILE_PLACES: Readonly<Record<RegionCode, { column: number; row: number; rows?: number }>> = {
  '01': { column: 3, row: 1 },
  '02': { column: 4, row: 1, rows: 2 },
  '03': { column: 3, row: 2 },
  '04': { column: 2, row: 2 },
  '05': { column: 3, row: 3 },
  '06': { column: 2, row: 3 },
  '07': { column: 2, row: 4 },
  '08': { column: 3, row: 4 },
  '09': { column: 2, row: 5 },
  '10': { column: 1, row: 6 },
  '11': { column: 1, row: 7 },
  '12': { column: 1, row: 8 },
};

export const GRID_COLUMNS = 4;
export const GRID_ROWS = 8;
