import { Button, Group, Loader, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * Forward cursor paging of a connection: the end cursors of the pages seen so far, for one `key` (the filters,
 * the search); a new key starts again at page 1, going back pops one cursor.
 */
export function useCursorPages(key: string) {
  const [pages, setPages] = useState<{ key: string; cursors: string[] }>({ key: '', cursors: [] })
  const cursors = pages.key === key ? pages.cursors : []
  return {
    /** The `after:` of the page to fetch. */
    after: cursors.at(-1) ?? null,
    /** 1 for the first page. */
    page: cursors.length + 1,
    previous: () => setPages({ key, cursors: cursors.slice(0, -1) }),
    next: (endCursor: string) => setPages({ key, cursors: [...cursors, endCursor] }),
  }
}

export type CursorPages = ReturnType<typeof useCursorPages>

export interface CursorPagerProps {
  pages: CursorPages
  pageInfo: { hasNextPage: boolean; endCursor?: string | null }
  /** Show "Page N". */
  showPage?: boolean
  /** Show a small loader while the next page is fetched. */
  fetching?: boolean
}

/** Previous / next buttons for a connection paged with useCursorPages. */
export function CursorPager({ pages, pageInfo, showPage = false, fetching = false }: CursorPagerProps) {
  const { t } = useTranslation()
  const { endCursor } = pageInfo
  return (
    <Group gap="xs">
      {fetching && <Loader size="xs" aria-label={t('app.loading')} />}
      {showPage && <Text size="sm">{t('cursorPager.page', { page: pages.page })}</Text>}
      <Button size="xs" variant="default" disabled={pages.page === 1} onClick={pages.previous}>
        {t('cursorPager.previous')}
      </Button>
      <Button size="xs" variant="default" disabled={!pageInfo.hasNextPage || !endCursor} onClick={() => endCursor && pages.next(endCursor)}>
        {t('cursorPager.next')}
      </Button>
    </Group>
  )
}
