import {
  Button,
  Card,
  ColorInput,
  FileButton,
  Grid,
  Group,
  Image,
  Loader,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMutation, useQuery } from 'urql'
import { FormFooter } from '../common/FormFooter'
import { graphql, useFragment, type FragmentType } from '../gql'
import { ErrorState } from '../graphql/ErrorState'
import { errorKind } from '../graphql/errors'
import { useFieldErrors } from '../graphql/useFieldErrors'
import { TemplateField } from '../templates/TemplateField'
import { useEmailVariables } from '../templates/VariablePicker'
import {
  KIOSK_COLOR_KEYS,
  KIOSK_IMAGE_KEYS,
  KIOSK_TEXT_GROUPS,
  KIOSK_TEXT_KEYS,
  LONG_TEXT_KEYS,
  languageName,
  renderWithExamples,
  type KioskTextGroup,
} from './kioskKeys'
import { KioskPreview, KioskPreviewDataFragmentDoc } from './KioskPreview'

export const KioskContentQuery = graphql(`
  query KioskContent($id: ID!, $language: String!) {
    node(id: $id) {
      __typename
      ... on PanicButton {
        id
        kioskTexts(language: $language) {
          key
          value
        }
        kioskColors {
          key
          value
        }
        kioskImages {
          key
          url
        }
        kioskPreview(language: $language) {
          ...KioskPreviewData
        }
      }
    }
  }
`)

export const SetKioskTextsMutation = graphql(`
  mutation SetKioskTexts($panicButtonId: ID!, $language: String!, $texts: [KeyValueInput!]!) {
    setKioskTexts(panicButtonId: $panicButtonId, language: $language, texts: $texts) {
      id
    }
  }
`)

export const SetKioskColorsMutation = graphql(`
  mutation SetKioskColors($panicButtonId: ID!, $colors: [KeyValueInput!]!) {
    setKioskColors(panicButtonId: $panicButtonId, colors: $colors) {
      id
      kioskColors {
        key
        value
      }
    }
  }
`)

export const UploadKioskImageMutation = graphql(`
  mutation UploadKioskImage($panicButtonId: ID!, $key: String!, $file: Upload!) {
    uploadKioskImage(panicButtonId: $panicButtonId, key: $key, file: $file) {
      id
      kioskImages {
        key
        url
      }
    }
  }
`)

export const RemoveKioskImageMutation = graphql(`
  mutation RemoveKioskImage($panicButtonId: ID!, $key: String!) {
    removeKioskImage(panicButtonId: $panicButtonId, key: $key) {
      id
      kioskImages {
        key
        url
      }
    }
  }
`)

const toMap = (pairs: readonly { key: string; value: string }[] | undefined) =>
  Object.fromEntries((pairs ?? []).map((p) => [p.key, p.value])) as Record<string, string>

/** Kiosk texts per language, colours and images, with the kiosk previewed live beside them. */
export const ContentEditorFragment = graphql(`
  fragment PanicButtonContent on PanicButton {
    id
    languages
    defaultLanguage
  }
`)

export function ContentEditor({ panicButton: ref }: { panicButton: FragmentType<typeof ContentEditorFragment> }) {
  const panicButton = useFragment(ContentEditorFragment, ref)
  const { t, i18n } = useTranslation()
  const [language, setLanguage] = useState(
    panicButton.languages.includes(i18n.resolvedLanguage ?? '') ? (i18n.resolvedLanguage as string) : panicButton.defaultLanguage,
  )
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: KioskContentQuery,
    variables: { id: panicButton.id, language },
    requestPolicy: 'cache-and-network',
  })
  const node = data?.node?.__typename === 'PanicButton' ? data.node : null

  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />

  return (
    <Stack gap="md">
      <Group gap="sm">
        <Text fw={500} size="sm" id="content-language">
          {t('content.language')}
        </Text>
        <SegmentedControl
          aria-labelledby="content-language"
          value={language}
          onChange={setLanguage}
          data={panicButton.languages.map((l) => ({ value: l, label: languageName(l, i18n.language) }))}
        />
        {fetching && <Loader size="xs" aria-label={t('app.loading')} />}
      </Group>
      {!node ? (
        <Loader aria-label={t('app.loading')} />
      ) : (
        <ContentForms
          key={`${panicButton.id}-${language}`}
          panicButtonId={panicButton.id}
          language={language}
          texts={toMap(node.kioskTexts)}
          colors={toMap(node.kioskColors)}
          images={node.kioskImages}
          preview={node.kioskPreview}
          onSaved={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
    </Stack>
  )
}

function ContentForms({
  panicButtonId,
  language,
  texts,
  colors,
  images,
  preview: previewRef,
  onSaved,
}: {
  panicButtonId: string
  language: string
  texts: Record<string, string>
  colors: Record<string, string>
  images: readonly { key: string; url: string }[]
  /** The server's rendering of the saved content. */
  preview: FragmentType<typeof KioskPreviewDataFragmentDoc>
  onSaved: () => void
}) {
  const { t } = useTranslation()
  const preview = useFragment(KioskPreviewDataFragmentDoc, previewRef)
  const variables = useEmailVariables()
  const examples = useMemo(() => new Map(variables.map((v) => [v.name, v.example])), [variables])
  const [draft, setDraft] = useState<Record<string, string>>(texts)
  const [colorDraft, setColorDraft] = useState<Record<string, string>>(colors)
  const [saved, setSaved] = useState<'texts' | 'colors' | null>(null)
  const [textsResult, saveTexts] = useMutation(SetKioskTextsMutation)
  const [colorsResult, saveColors] = useMutation(SetKioskColorsMutation)
  const textErrors = useFieldErrors(textsResult.error)
  const colorErrors = useFieldErrors(colorsResult.error)

  // A refetch after saving brings the server's values: start again from them.
  const textsKey = JSON.stringify(texts)
  useEffect(() => setDraft(JSON.parse(textsKey) as Record<string, string>), [textsKey])

  const keys = [...KIOSK_TEXT_KEYS, ...Object.keys(texts).filter((k) => !(KIOSK_TEXT_KEYS as readonly string[]).includes(k))]
  const dirtyKeys = keys.filter((k) => (draft[k] ?? '') !== (texts[k] ?? ''))
  const colorsDirty = KIOSK_COLOR_KEYS.some((k) => (colorDraft[k] ?? '') !== (colors[k] ?? ''))

  // The preview: the server's rendering of what is saved, with unsaved drafts rendered here.
  const previewTexts = useMemo(() => {
    const m = toMap(preview.texts)
    for (const k of dirtyKeys) m[k] = renderWithExamples(draft[k] ?? '', examples)
    return m
  }, [preview.texts, dirtyKeys, draft, examples])

  const submitTexts = async () => {
    setSaved(null)
    const result = await saveTexts({
      panicButtonId,
      language,
      texts: dirtyKeys.map((key) => ({ key, value: draft[key] ?? '' })),
    })
    if (!result.error) {
      setSaved('texts')
      onSaved()
    }
  }
  const submitColors = async () => {
    setSaved(null)
    const result = await saveColors({
      panicButtonId,
      colors: KIOSK_COLOR_KEYS.filter((k) => colorDraft[k]?.trim()).map((key) => ({ key, value: colorDraft[key].trim() })),
    })
    if (!result.error) {
      setSaved('colors')
      onSaved()
    }
  }

  const group = (name: KioskTextGroup) => (
    <Card withBorder key={name} component="fieldset" style={{ border: undefined }}>
      <Title order={3} size="h5" mb="sm" component="legend">
        {t(`content.groups.${name}`)}
      </Title>
      <Stack gap="sm">
        {KIOSK_TEXT_GROUPS[name].map((key) => (
          <TemplateField
            key={key}
            name={key}
            label={t(`content.keys.${key}`)}
            value={draft[key] ?? ''}
            onChange={(value) => {
              setDraft((d) => ({ ...d, [key]: value }))
              setSaved(null)
            }}
            variables={variables}
            multiline={LONG_TEXT_KEYS.has(key)}
            minRows={2}
            maxLength={2000}
            error={textErrors.errorFor(key)}
          />
        ))}
      </Stack>
    </Card>
  )

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('content.textsHelp')}
          </Text>
          {(Object.keys(KIOSK_TEXT_GROUPS) as KioskTextGroup[]).map(group)}
          <FormFooter
            error={textErrors.hasFieldErrors ? null : textsResult.error}
            saved={saved === 'texts'}
            pos="sticky"
            bottom={0}
            py="xs"
            bg="var(--mantine-color-body)"
            style={{ zIndex: 2 }}
          >
            <Text size="sm" c="dimmed">
              {t('content.unsaved', { count: dirtyKeys.length })}
            </Text>
            <Button variant="default" disabled={dirtyKeys.length === 0} onClick={() => setDraft(texts)}>
              {t('common.reset')}
            </Button>
            <Button onClick={submitTexts} loading={textsResult.fetching} disabled={dirtyKeys.length === 0}>
              {t('content.saveTexts')}
            </Button>
          </FormFooter>

          <Card withBorder>
            <Title order={3} size="h5" mb="sm">
              {t('content.colors')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {KIOSK_COLOR_KEYS.map((key) => (
                <ColorInput
                  key={key}
                  label={t(`content.colorKeys.${key}`)}
                  value={colorDraft[key] ?? ''}
                  onChange={(value) => {
                    setColorDraft((d) => ({ ...d, [key]: value }))
                    setSaved(null)
                  }}
                  format="hex"
                  error={colorErrors.errorFor(key)}
                />
              ))}
            </SimpleGrid>
            <FormFooter error={colorErrors.hasFieldErrors ? null : colorsResult.error} saved={saved === 'colors'} mt="sm">
              <Button onClick={submitColors} loading={colorsResult.fetching} disabled={!colorsDirty}>
                {t('content.saveColors')}
              </Button>
            </FormFooter>
          </Card>

          <ImagesCard panicButtonId={panicButtonId} images={images} onSaved={onSaved} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <div style={{ position: 'sticky', top: 76 }}>
          <KioskPreview
            texts={previewTexts}
            colors={colorDraft}
            images={preview.images}
            causes={preview.causes}
            languages={preview.languages}
            language={language}
          />
        </div>
      </Grid.Col>
    </Grid>
  )
}

function ImagesCard({
  panicButtonId,
  images,
  onSaved,
}: {
  panicButtonId: string
  images: readonly { key: string; url: string }[]
  onSaved: () => void
}) {
  const { t } = useTranslation()
  const [upload, uploadImage] = useMutation(UploadKioskImageMutation)
  const [removal, removeImage] = useMutation(RemoveKioskImageMutation)
  const [busyKey, setBusyKey] = useState<string | null>(null)
  const [tooLarge, setTooLarge] = useState<string | null>(null)
  const uploadErrors = useFieldErrors(upload.error)
  const failure = upload.error ?? removal.error

  const send = async (key: string, file: File | null) => {
    setTooLarge(null)
    if (!file) return
    if (file.size > 2 * 1024 * 1024) {
      setTooLarge(key)
      return
    }
    setBusyKey(key)
    const result = await uploadImage({ panicButtonId, key, file })
    setBusyKey(null)
    if (!result.error) onSaved()
  }

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        {t('content.images')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('content.imagesHelp')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {KIOSK_IMAGE_KEYS.map((key) => {
          const image = images.find((i) => i.key === key)
          return (
            <Stack key={key} gap="xs">
              <Text size="sm" fw={500}>
                {t(`content.imageKeys.${key}`)}
              </Text>
              {image ? (
                <Image src={image.url} alt={t('content.imageAlt', { name: t(`content.imageKeys.${key}`) })} h={100} fit="contain" bg="gray.1" radius="sm" />
              ) : (
                <Text size="xs" c="dimmed" h={100} bg="gray.0" ta="center" pt={40}>
                  {t('content.noImage')}
                </Text>
              )}
              <Group gap="xs">
                <FileButton accept="image/png,image/jpeg,image/gif,image/webp" onChange={(file) => void send(key, file)}>
                  {(props) => (
                    <Button size="xs" {...props} loading={busyKey === key}>
                      {image ? t('content.replaceImage') : t('content.uploadImage')}
                    </Button>
                  )}
                </FileButton>
                {image && (
                  <Button
                    size="xs"
                    variant="default"
                    color="red"
                    loading={removal.fetching && busyKey === `rm-${key}`}
                    onClick={async () => {
                      setBusyKey(`rm-${key}`)
                      const result = await removeImage({ panicButtonId, key })
                      setBusyKey(null)
                      if (!result.error) onSaved()
                    }}
                  >
                    {t('content.removeImage')}
                  </Button>
                )}
              </Group>
              {tooLarge === key && (
                <Text size="xs" c="red" role="alert">
                  {t('content.imageTooLarge')}
                </Text>
              )}
            </Stack>
          )
        })}
      </SimpleGrid>
      {failure && (
        <Text c="red" size="sm" role="alert" mt="sm">
          {uploadErrors.errorFor('file') ? t('content.imageRejected') : t(`errors.${errorKind(failure)}`)}
        </Text>
      )}
    </Card>
  )
}
