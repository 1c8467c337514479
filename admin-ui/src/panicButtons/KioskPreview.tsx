import { Box, Card, Group, SegmentedControl, Text } from '@mantine/core'
import { useElementSize } from '@mantine/hooks'
import { useState, type CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import { graphql } from '../gql'

export const KioskPreviewDataFragmentDoc = graphql(`
  fragment KioskPreviewData on Kiosk {
    language
    languages
    texts {
      key
      value
    }
    images {
      key
      url
    }
    causes {
      id
      label
    }
    colors {
      key
      value
    }
  }
`)

const PAGES = ['email', 'causes', 'message', 'done', 'code'] as const
type Page = (typeof PAGES)[number]

const PANEL = { width: 800, height: 480 } // the smallest printer panel the kiosk targets

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

/** Black or white text on a #hex colour (as the kiosk does). */
function readableOn(color: string): string {
  if (!HEX.test(color)) return '#fff'
  const hex = color.length === 4 ? [...color.slice(1)].map((d) => d + d).join('') : color.slice(1)
  const [r, g, b] = [0, 2, 4].map((i) => {
    const s = parseInt(hex.slice(i, i + 2), 16) / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.4 ? '#111' : '#fff'
}

interface Props {
  texts: Record<string, string>
  colors: Record<string, string>
  images: readonly { key: string; url: string }[]
  causes: readonly { id: string; label: string }[]
  languages: readonly string[]
  language: string
}

/**
 * The kiosk as a printer panel shows it (800×480, scaled to fit), page by page,
 * with the texts, colours, images and causes given: the admin's drafts, live.
 */
export function KioskPreview({ texts, colors, images, causes, languages, language }: Props) {
  const { t } = useTranslation()
  const [page, setPage] = useState<Page>('email')
  const { ref, width } = useElementSize()
  const scale = width ? Math.min(1, width / PANEL.width) : 0.5

  const primary = colors.primary || '#c62828'
  const background = colors.background || '#ffffff'
  const text = colors.text || '#212121'
  const logo = images.find((i) => i.key === 'logo')?.url
  const backgroundImage = images.find((i) => i.key === 'background')?.url
  const tx = (key: string) => texts[key] ?? ''

  const button = (label: string, secondary = false): CSSProperties & { children?: string } => ({
    minHeight: 48,
    padding: '0 24px',
    borderRadius: 8,
    border: secondary ? `2px solid ${primary}` : 'none',
    background: secondary ? 'transparent' : primary,
    color: secondary ? primary : readableOn(primary),
    fontSize: 18,
    fontWeight: 600,
    display: 'inline-flex',
    alignItems: 'center',
    children: label,
  })
  const Btn = ({ label, secondary }: { label: string; secondary?: boolean }) => {
    const { children, ...style } = button(label, secondary)
    return <span style={style}>{children}</span>
  }
  const field = (label: string, value = '') => (
    <div style={{ marginBottom: 12 }}>
      <div style={{ fontSize: 16, marginBottom: 4 }}>{label}</div>
      <div style={{ height: 48, border: '2px solid #9e9e9e', borderRadius: 8, background: '#fff', color: '#555', padding: '10px 12px', fontSize: 18 }}>
        {value}
      </div>
    </div>
  )

  let body
  let footer
  switch (page) {
    case 'email':
      body = (
        <>
          <div style={{ fontSize: 28, fontWeight: 700, margin: '0 0 8px' }}>{tx('email_title')}</div>
          <p style={{ margin: '0 0 12px', fontSize: 18 }}>{tx('welcome')}</p>
          {field(tx('email_label'), 'name@example.com')}
          {field(tx('phone_label'))}
        </>
      )
      footer = <Btn label={tx('next')} />
      break
    case 'causes':
      body = (
        <>
          <div style={{ fontSize: 28, fontWeight: 700, margin: '0 0 4px' }}>{tx('causes_title')}</div>
          <p style={{ margin: '0 0 12px', fontSize: 16 }}>{tx('causes_help')}</p>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 10 }}>
            {causes.map((c, i) => (
              <div
                key={c.id}
                data-testid="preview-cause"
                style={{
                  minHeight: 52,
                  borderRadius: 8,
                  border: `2px solid ${primary}`,
                  background: i === 0 ? primary : '#fff',
                  color: i === 0 ? readableOn(primary) : '#212121',
                  padding: '12px 14px',
                  fontSize: 18,
                }}
              >
                {c.label}
              </div>
            ))}
          </div>
        </>
      )
      footer = (
        <>
          <Btn label={tx('back')} secondary />
          <Btn label={tx('next')} />
        </>
      )
      break
    case 'message':
      body = (
        <>
          <div style={{ fontSize: 28, fontWeight: 700, margin: '0 0 12px' }}>{tx('message_title')}</div>
          <div style={{ fontSize: 16, marginBottom: 4 }}>{tx('message_label')}</div>
          <div style={{ height: 150, border: '2px solid #9e9e9e', borderRadius: 8, background: '#fff' }} />
        </>
      )
      footer = (
        <>
          <Btn label={tx('back')} secondary />
          <Btn label={tx('submit')} />
        </>
      )
      break
    case 'done':
      body = (
        <div style={{ textAlign: 'center', paddingTop: 40 }}>
          <div style={{ fontSize: 34, fontWeight: 700, margin: '0 0 12px' }}>{tx('done_title')}</div>
          <p style={{ fontSize: 18, margin: 0 }}>{tx('done_text')}</p>
          <p style={{ fontSize: 28, fontFamily: 'monospace', fontWeight: 700 }}>PB-2026-000123</p>
        </div>
      )
      footer = <Btn label={tx('done_button')} />
      break
    case 'code':
      body = (
        <>
          <div style={{ fontSize: 28, fontWeight: 700, margin: '0 0 8px' }}>{tx('code_title')}</div>
          <p style={{ margin: '0 0 12px', fontSize: 16 }}>{tx('code_help')}</p>
          {field(tx('code_label'))}
        </>
      )
      footer = <Btn label={tx('next')} />
      break
  }

  return (
    <Card withBorder aria-label={t('preview.title')} component="section">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Text fw={600}>{t('preview.title')}</Text>
        <SegmentedControl
          size="xs"
          value={page}
          onChange={(v) => setPage(v as Page)}
          data={PAGES.map((p) => ({ value: p, label: t(`preview.pages.${p}`) }))}
          aria-label={t('preview.page')}
        />
      </Group>
      <Box ref={ref} style={{ width: '100%', height: PANEL.height * scale, overflow: 'hidden' }}>
        <div
          data-testid="kiosk-preview"
          lang={language}
          style={{
            width: PANEL.width,
            height: PANEL.height,
            transform: `scale(${scale})`,
            transformOrigin: 'top left',
            background: backgroundImage ? `${background} url("${encodeURI(backgroundImage)}") center / cover` : background,
            color: text,
            fontFamily: 'system-ui, sans-serif',
            display: 'flex',
            flexDirection: 'column',
            border: '1px solid #ccc',
            boxSizing: 'border-box',
          }}
        >
          <div style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '8px 16px', background: primary, color: readableOn(primary) }}>
            {logo && <img src={logo} alt="" style={{ height: 36 }} />}
            <div style={{ flex: 1 }}>
              <div style={{ fontWeight: 700, fontSize: 20 }}>{tx('title')}</div>
              {tx('printer') && <div style={{ fontSize: 13 }}>{tx('printer')}</div>}
            </div>
            <div style={{ display: 'flex', gap: 6 }}>
              {languages.map((l) => (
                <span
                  key={l}
                  style={{
                    padding: '4px 8px',
                    borderRadius: 6,
                    border: `1px solid ${readableOn(primary)}`,
                    fontWeight: l === language ? 700 : 400,
                    opacity: l === language ? 1 : 0.7,
                  }}
                >
                  {l.toUpperCase()}
                </span>
              ))}
            </div>
          </div>
          <div style={{ flex: 1, padding: '16px 24px', overflow: 'hidden' }}>{body}</div>
          <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 12, padding: '10px 24px' }}>{footer}</div>
        </div>
      </Box>
      <Text size="xs" c="dimmed" mt="xs">
        {t('preview.help')}
      </Text>
    </Card>
  )
}
