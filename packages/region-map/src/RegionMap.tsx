import { localeOf, REGION_CODES, regionCodeOf, regionLabel, UNKNOWN_REGION, type Locale } from '@infitah/labels';
import { useId, useState, type CSSProperties } from 'react';
import { GRID_COLUMNS, GRID_ROWS, TILE_PLACES } from './layout';
import { CLASS_COLOURS, colourScale, REGION_FIGURES, valueOf, type RegionFigure, type RegionRow } from './scale';

const WORDS = {
  ar: {
    title: 'خريطة الجهات',
    colourBy: 'التلوين حسب',
    members: 'الأعضاء',
    adoptionShare: 'نسبة من اعتمدوا برنامجهم',
    commitments: 'الالتزامات',
    adopted: 'اعتمدوا برنامجهم',
    region: 'الجهة',
    legend: 'مفتاح الألوان',
    caption: 'الأرقام حسب الجهة',
  },
  fr: {
    title: 'Carte des régions',
    colourBy: 'Colorer selon',
    members: 'Membres',
    adoptionShare: 'Part ayant adopté son programme',
    commitments: 'Engagements',
    adopted: 'Ont adopté leur programme',
    region: 'Région',
    legend: 'Légende',
    caption: 'Les chiffres par région',
  },
  en: {
    title: 'Map of the regions',
    colourBy: 'Colour by',
    members: 'Members',
    adoptionShare: 'Share with an adopted programme',
    commitments: 'Commitments',
    adopted: 'Adopted their programme',
    region: 'Region',
    legend: 'Legend',
    caption: 'Figures by region',
  },
} as const;

const STYLES = {
  wrapper: { display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'flex-start' },
  figure: { flex: '1 1 16rem', minWidth: 0, maxWidth: '26rem', margin: 0 },
  grid: {
    display: 'grid',
    gridTemplateColumns: `repeat(${GRID_COLUMNS}, minmax(0, 1fr))`,
    gridTemplateRows: `repeat(${GRID_ROWS}, minmax(3.25rem, auto))`,
    gap: '4px',
    listStyle: 'none',
    padding: 0,
    margin: '0.5rem 0',
  },
  tile: {
    borderRadius: '4px',
    padding: '4px',
    fontSize: '0.7rem',
    lineHeight: 1.2,
    overflowWrap: 'anywhere',
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'space-between',
    minWidth: 0,
  },
  legend: { display: 'flex', flexWrap: 'wrap', gap: '0.25rem 0.75rem', listStyle: 'none', padding: 0, margin: '0.25rem 0', fontSize: '0.85rem' },
  swatch: { display: 'inline-block', width: '1em', height: '1em', borderRadius: '2px', border: '1px solid #767676', marginInlineEnd: '0.3em', verticalAlign: 'middle' },
  tableBox: { flex: '1 1 16rem', minWidth: 0, overflowX: 'auto' },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: '0.85rem' },
  cell: { borderBottom: '1px solid #ddd', padding: '0.25rem 0.4rem', textAlign: 'start' },
  fieldset: { border: 0, padding: 0, margin: '0 0 0.5rem', display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1rem' },
} satisfies Record<string, CSSProperties>;

export interface RegionMapProps {
  /** `network { byRegion { regionCode members adopted adoptionShare commitments } }`. */
  rows: readonly RegionRow[];
  /** The reader's language: names, numbers and words. */
  locale: Locale | string;
  /** The figure chosen first (members by default). */
  initialFigure?: RegionFigure;
  /** The heading level of the map's title (3 by default). */
  headingLevel?: 2 | 3 | 4;
}

/**
 * Morocco's 12 regions as a tile map coloured by the figure the reader picks, its legend with each colour's values,
 * and beside it the same figures as a table (what a screen reader reads: the grid itself is hidden from it). The grid
 * is placed by column lines, so it mirrors under dir="rtl" and reads right to left in Arabic.
 */
export function RegionMap({ rows, locale, initialFigure = 'members', headingLevel = 3 }: RegionMapProps) {
  const language = localeOf(locale);
  const words = WORDS[language];
  const [figure, setFigure] = useState<RegionFigure>(initialFigure);
  const id = useId();
  const byCode = new Map(rows.flatMap((row) => {
    const code = regionCodeOf(row.regionCode);
    return code ? [[code, row] as const] : [];
  }));
  const regions = REGION_CODES.map((code) => ({ code, row: byCode.get(code) ?? { regionCode: code, members: 0, adopted: 0, adoptionShare: null, commitments: 0 } }));
  const unknown = rows.find((row) => !regionCodeOf(row.regionCode));
  const scale = colourScale(regions.map((region) => region.row), figure, language);
  const count = colourScale(regions.map((region) => region.row), 'members', language).format;
  const share = colourScale([], 'adoptionShare', language).format;
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="region-map" style={STYLES.wrapper}>
      <figure style={STYLES.figure} aria-labelledby={`${id}-title`}>
        <Heading id={`${id}-title`} style={{ margin: '0 0 0.25rem' }}>{words.title}</Heading>
        <fieldset style={STYLES.fieldset}>
          <legend style={{ padding: 0 }}>{words.colourBy}</legend>
          {REGION_FIGURES.map((choice) => (
            <label key={choice}>
              <input type="radio" name={`${id}-figure`} value={choice} checked={figure === choice} onChange={() => setFigure(choice)} /> {words[choice]}
            </label>
          ))}
        </fieldset>
        <ol className="region-map-grid" style={STYLES.grid} aria-hidden="true">
          {regions.map(({ code, row }) => {
            const place = TILE_PLACES[code];
            const value = valueOf(row, figure);
            const colours = CLASS_COLOURS[scale.classOf(value)];
            return (
              <li
                key={code}
                data-region={code}
                className="region-map-tile"
                style={{
                  ...STYLES.tile,
                  gridColumn: String(place.column),
                  gridRow: `${place.row} / span ${place.rows ?? 1}`,
                  background: colours.background,
                  color: colours.text,
                }}
              >
                <span>{regionLabel(code, language)}</span>
                <strong>{scale.format(value)}</strong>
              </li>
            );
          })}
        </ol>
        <figcaption>
          <span id={`${id}-legend`}>{words.legend} · {words[figure]}</span>
          <ul style={STYLES.legend} aria-labelledby={`${id}-legend`}>
            {scale.classes.map((entry) => (
              <li key={entry.index}>
                <span style={{ ...STYLES.swatch, background: CLASS_COLOURS[entry.index].background }} aria-hidden="true" />
                {entry.label}
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      {/* a table wider than a phone scrolls in its own box, which the keyboard can reach */}
      <div style={STYLES.tableBox} role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="region-map-table" style={STYLES.table}>
          <caption id={`${id}-caption`} style={{ textAlign: 'start', fontWeight: 'bold' }}>{words.caption}</caption>
          <thead>
            <tr>
              <th scope="col" style={STYLES.cell}>{words.region}</th>
              <th scope="col" style={STYLES.cell}>{words.members}</th>
              <th scope="col" style={STYLES.cell}>{words.adopted}</th>
              <th scope="col" style={STYLES.cell}>{words.adoptionShare}</th>
              <th scope="col" style={STYLES.cell}>{words.commitments}</th>
            </tr>
          </thead>
          <tbody>
            {regions.map(({ code, row }) => (
              <tr key={code}>
                <th scope="row" style={STYLES.cell}>{regionLabel(code, language)}</th>
                <td style={STYLES.cell}>{count(row.members)}</td>
                <td style={STYLES.cell}>{count(row.adopted)}</td>
                <td style={STYLES.cell}>{share(valueOf(row, 'adoptionShare'))}</td>
                <td style={STYLES.cell}>{count(row.commitments)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {unknown && unknown.members > 0 && (
          <p style={{ fontSize: '0.85rem' }}>
            {UNKNOWN_REGION[language]}: {count(unknown.members)}
          </p>
        )}
      </div>
    </div>
  );
}
