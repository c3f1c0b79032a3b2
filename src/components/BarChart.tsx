import { formatNumber, type Locale } from '@/i18n'

const colours = ['#b3261e', '#1f5f8b']

/**
 * A grouped bar chart drawn on the server as SVG (no JavaScript), with the same figures in a
 * table for screen readers and anyone who prefers numbers.
 */
export function BarChart({
  locale,
  title,
  description,
  rows,
  series,
  firstColumn,
}: {
  locale: Locale
  title: string
  description: string
  rows: { label: string; values: number[] }[]
  series: string[]
  firstColumn: string
}) {
  const max = Math.max(1, ...rows.flatMap((r) => r.values))
  const barW = 18
  const groupW = series.length * barW + 16
  const height = 220
  const top = 20
  const bottom = 28
  const width = Math.max(320, rows.length * groupW + 40)
  const scale = (v: number) => ((height - top - bottom) * v) / max
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="chart-title chart-desc"
        className="chart__svg"
      >
        <title id="chart-title">{title}</title>
        <desc id="chart-desc">{description}</desc>
        <line x1="20" x2={width - 10} y1={height - bottom} y2={height - bottom} stroke="#5c524b" />
        {rows.map((row, i) => {
          const x0 = 30 + i * groupW
          return (
            <g key={row.label}>
              {row.values.map((v, j) => {
                const h = scale(v)
                const x = x0 + j * barW
                const y = height - bottom - h
                return (
                  <g key={j}>
                    <rect
                      x={x}
                      y={y}
                      width={barW - 3}
                      height={h}
                      fill={colours[j % colours.length]}
                    />
                    <text
                      x={x + (barW - 3) / 2}
                      y={y - 4}
                      textAnchor="middle"
                      fontSize="10"
                      fill="#1f1a17"
                    >
                      {v}
                    </text>
                  </g>
                )
              })}
              <text
                x={x0 + (series.length * barW) / 2}
                y={height - 10}
                textAnchor="middle"
                fontSize="11"
                fill="#1f1a17"
              >
                {row.label}
              </text>
            </g>
          )
        })}
      </svg>
      <div className="chart__key">
        <ul role="list" className="chart__legend">
          {series.map((s, j) => (
            <li key={s}>
              <span
                className="chart__swatch"
                style={{ background: colours[j % colours.length] }}
                aria-hidden="true"
              />
              {s}
            </li>
          ))}
        </ul>
      </div>
      <table className="chart__table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{firstColumn}</th>
            {series.map((s) => (
              <th key={s} scope="col">
                {s}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {r.values.map((v, j) => (
                <td key={j}>{formatNumber(locale, v)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
