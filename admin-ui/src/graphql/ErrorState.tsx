import { Alert, Button, Stack, Text } from '@mantine/core'
import type { CombinedError } from '@urql/core'
import { useTranslation } from 'react-i18next'
import { errorKind } from './errors'

/** A failed request, explained in the user's language (never the server's raw message). */
export function ErrorState({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const { t } = useTranslation()
  return (
    <Alert color="red" title={t('errors.title')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t(`errors.${errorKind(error)}`)}</Text>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  )
}
