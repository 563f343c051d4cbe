interface Indicator {
  title: string;
  baseline: number;
  target: number;
  measurements: ReadonlyArray<{ value: number }>;
}

/** Measurements over time, from the baseline towards the target; drawn left to right in either language. */
export function MeasurementChart({ indicator }: { indicator: Indicator }) {
  const points = [{ value: indicator.baseline }, ...indicator.measurements];
  const values = [indicator.baseline, indicator.target, ...indicator.measurements.map((measurement) => measurement.value)];
  const low = Math.min(...values);
  const high = Math.max(...values);
  const x = (index: number) => 10 + (index * 280) / Math.max(1, points.length - 1);
  const y = (value: number) => 90 - ((value - low) / Math.max(1e-9, high - low)) * 80;
  const path = points.map((point, index) => `${index ? 'L' : 'M'}${x(index)},${y(point.value)}`).join(' ');
  return (
    <figure dir="ltr">
      <svg viewBox="0 0 300 100" width="100%" role="img" aria-label={`${indicator.title}: ${points.map((point) => point.value).join(', ')} → ${indicator.target}`}>
        <line x1="0" x2="300" y1={y(indicator.target)} y2={y(indicator.target)} stroke="#767676" strokeDasharray="4 4" />
        <path d={path} fill="none" stroke="#00574b" strokeWidth="3" />
        {points.map((point, index) => <circle key={index} cx={x(index)} cy={y(point.value)} r="4" fill="#00574b" />)}
      </svg>
      <figcaption className="meta">{indicator.title}</figcaption>
    </figure>
  );
}
