import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatDate, formatNumber } from '../i18n/format'

export interface MeterPoint {
  readAt: string
  total?: number | null
  black?: number | null
  color?: number | null
  large?: number | null
}

const SERIES = [
  { key: 'total', color: '#1c7ed6' },
  { key: 'black', color: '#343a40' },
  { key: 'color', color: '#e64980' },
  { key: 'large', color: '#f59f00' },
] as const

const W = 640
const H = 220
const PAD = { left: 64, right: 12, top: 12, bottom: 28 }

/** The meter history as lines over time (inline SVG: no chart library for four lines). */
export function MeterChart({ points }: { points: readonly MeterPoint[] }) {
  const { t, i18n } = useTranslation()
  const sorted = [...points].sort((a, b) => Date.parse(a.readAt) - Date.parse(b.readAt))
  const series = SERIES.filter((s) => sorted.some((p) => p[s.key] != null))
  if (sorted.length < 2 || series.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('printer.chart.notEnough')}
      </Text>
    )
  }
  const times = sorted.map((p) => Date.parse(p.readAt))
  const values = sorted.flatMap((p) => series.map((s) => p[s.key]).filter((v): v is number => v != null))
  const [t0, t1] = [Math.min(...times), Math.max(...times)]
  let [v0, v1] = [Math.min(...values), Math.max(...values)]
  if (v0 === v1) [v0, v1] = [v0 - 1, v1 + 1]
  const x = (time: number) => PAD.left + ((time - t0) / (t1 - t0 || 1)) * (W - PAD.left - PAD.right)
  const y = (v: number) => H - PAD.bottom - ((v - v0) / (v1 - v0)) * (H - PAD.top - PAD.bottom)
  const ticks = [v0, (v0 + v1) / 2, v1]

  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={t('printer.chart.label', { count: sorted.length })}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#dee2e6" />
            <text x={PAD.left - 6} y={y(v) + 4} fontSize="11" textAnchor="end" fill="#868e96">
              {formatNumber(Math.round(v), i18n.language)}
            </text>
          </g>
        ))}
        <text x={PAD.left} y={H - 8} fontSize="11" fill="#868e96">
          {formatDate(new Date(t0), i18n.language)}
        </text>
        <text x={W - PAD.right} y={H - 8} fontSize="11" fill="#868e96" textAnchor="end">
          {formatDate(new Date(t1), i18n.language)}
        </text>
        {series.map((s) => {
          const pts = sorted.filter((p) => p[s.key] != null)
          const d = pts.map((p, i) => `${i ? 'L' : 'M'}${x(Date.parse(p.readAt)).toFixed(1)},${y(p[s.key] as number).toFixed(1)}`).join('')
          return <path key={s.key} d={d} fill="none" stroke={s.color} strokeWidth={2} />
        })}
      </svg>
      <figcaption>
        <Group gap="md" justify="center">
          {series.map((s) => (
            <Group key={s.key} gap={4}>
              <span style={{ width: 12, height: 3, background: s.color, display: 'inline-block' }} aria-hidden="true" />
              <Text size="xs">{t(`printer.meters.${s.key}`)}</Text>
            </Group>
          ))}
        </Group>
      </figcaption>
    </figure>
  )
}
