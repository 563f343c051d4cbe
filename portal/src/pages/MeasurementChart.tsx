import { DateText, formatNumber } from '../components/text';
import { formatDate, useLocale } from '../i18n';

interface Indicator {
  id: string;
  title: string;
  unit: string;
  baseline: number;
  target: number;
  measurements: ReadonlyArray<{ measuredOn: string; value: number }>;
}

const WIDTH = 360;
const HEIGHT = 230;
const MARGIN = { left: 48, right: 16, top: 16, bottom: 56 };

/** About four round steps between low and high: 1, 2, 2.5 or 5 times a power of ten. */
function ticks(low: number, high: number): number[] {
  const span = Math.max(high - low, 1e-9);
  const rough = span / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? rough;
  const first = Math.floor(low / step) * step;
  const values: number[] = [];
  for (let value = first; value <= high + step / 2; value += step) values.push(Number(value.toFixed(10)));
  return values;
}

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * An indicator's measurements over time, with both axes labelled (dates, values in their unit), the baseline and the
 * target drawn and named, and each value written at its point; beside it, the same figures as a table. Drawn left to
 * right in either language (time runs left to right in Arabic charts too).
 */
export function MeasurementChart({ indicator }: { indicator: Indicator }) {
  const { locale, text } = useLocale();
  const measurements = [...indicator.measurements].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  const values = [indicator.baseline, indicator.target, ...measurements.map((measurement) => measurement.value)];
  const yTicks = ticks(Math.min(0, ...values), Math.max(...values));
  const low = yTicks[0];
  const high = yTicks[yTicks.length - 1];
  const days = measurements.map((measurement) => dayOf(measurement.measuredOn));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (day: number) => MARGIN.left + (last === first ? plotWidth / 2 : ((day - first) / (last - first)) * plotWidth);
  const y = (value: number) => MARGIN.top + plotHeight - ((value - low) / Math.max(1e-9, high - low)) * plotHeight;
  const path = measurements.map((measurement, index) => `${index ? 'L' : 'M'}${x(days[index])},${y(measurement.value)}`).join(' ');
  const unit = indicator.unit;
  const valueAxis = unit ? `${text.value} (${unit})` : text.value;
  // spoken as the values in order, from the baseline to the target; the table it describes gives their dates
  const summary = `${indicator.title}: ${[indicator.baseline, ...measurements.map((measurement) => measurement.value)].map((value) => formatNumber(value, locale)).join(', ')} → ${formatNumber(indicator.target, locale)}`;
  const tableId = `indicator-${indicator.id}-values`;
  return (
    <figure className="indicator" aria-labelledby={`${tableId}-caption`}>
      <figcaption id={`${tableId}-caption`}>
        <strong dir="auto">{indicator.title}</strong>
      </figcaption>
      <div className="indicator-body">
        <div dir="ltr" className="chart">
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={summary} aria-describedby={tableId}>
            <g className="axis y-axis" aria-hidden="true">
              {yTicks.map((tick) => (
                <g key={tick}>
                  <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#e0e0e0" />
                  <text x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end" fontSize="11" fill="#4a4a4a">
                    {formatNumber(tick, locale)}
                  </text>
                </g>
              ))}
              <line x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={MARGIN.top + plotHeight} stroke="#4a4a4a" />
              <text className="axis-label" x={12} y={MARGIN.top + plotHeight / 2} textAnchor="middle" fontSize="11" fill="#1b1b1b" transform={`rotate(-90 12 ${MARGIN.top + plotHeight / 2})`}>
                {valueAxis}
              </text>
            </g>
            <g className="axis x-axis" aria-hidden="true">
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={MARGIN.top + plotHeight} y2={MARGIN.top + plotHeight} stroke="#4a4a4a" />
              {measurements.map((measurement, index) => (
                <text key={measurement.measuredOn} x={x(days[index])} y={MARGIN.top + plotHeight + 16} textAnchor={measurements.length > 1 ? (index === 0 ? 'start' : index === measurements.length - 1 ? 'end' : 'middle') : 'middle'} fontSize="10" fill="#4a4a4a">
                  {formatDate(measurement.measuredOn, locale, 'MONTH')}
                </text>
              ))}
              <text className="axis-label" x={MARGIN.left + plotWidth / 2} y={HEIGHT - 8} textAnchor="middle" fontSize="11" fill="#1b1b1b">
                {text.date}
              </text>
            </g>
            <g aria-hidden="true">
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(indicator.baseline)} y2={y(indicator.baseline)} stroke="#767676" strokeDasharray="2 3" />
              <text x={WIDTH - MARGIN.right} y={y(indicator.baseline) - 4} textAnchor="end" fontSize="10" fill="#4a4a4a">
                {text.baseline} {formatNumber(indicator.baseline, locale)}
              </text>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(indicator.target)} y2={y(indicator.target)} stroke="#b35c00" strokeDasharray="6 4" strokeWidth="2" />
              <text x={WIDTH - MARGIN.right} y={y(indicator.target) - 4} textAnchor="end" fontSize="10" fill="#8a4600">
                {text.target} {formatNumber(indicator.target, locale)}
              </text>
              <path d={path} fill="none" stroke="#00574b" strokeWidth="3" />
              {measurements.map((measurement, index) => (
                <g key={measurement.measuredOn}>
                  <circle cx={x(days[index])} cy={y(measurement.value)} r="4" fill="#00574b" />
                  <text x={x(days[index])} y={y(measurement.value) - 8} textAnchor="middle" fontSize="11" fill="#00574b" fontWeight="bold">
                    {formatNumber(measurement.value, locale)}
                  </text>
                </g>
              ))}
            </g>
          </svg>
        </div>
        <table id={tableId} className="values">
          <caption>{text.tableOfValues}</caption>
          <thead>
            <tr>
              <th scope="col">{text.date}</th>
              <th scope="col">{valueAxis}</th>
            </tr>
          </thead>
          <tbody>
            <tr className="baseline">
              <th scope="row">{text.baseline}</th>
              <td>{formatNumber(indicator.baseline, locale)}</td>
            </tr>
            {measurements.map((measurement) => (
              <tr key={measurement.measuredOn}>
                <th scope="row"><DateText value={measurement.measuredOn} /></th>
                <td>{formatNumber(measurement.value, locale)}</td>
              </tr>
            ))}
            <tr className="target">
              <th scope="row">{text.target}</th>
              <td>{formatNumber(indicator.target, locale)}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </figure>
  );
}
