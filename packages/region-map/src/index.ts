export { RegionMap, type RegionMapProps } from './RegionMap';
export { CLASS_COLOURS, colourScale, REGION_FIGURES, valueOf, type ColourScale, type RegionFigure, type RegionRow } from './scale';
export { GRID_COLUMNS, GRID_ROWS, TILE_PLACES } from './layout';
