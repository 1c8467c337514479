import { NativeSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, isLanguage } from '../i18n'

/** EN / FR / IT; the choice is remembered in localStorage (see i18n/index.ts). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  return (
    <NativeSelect
      aria-label={t('language.label')}
      size="xs"
      value={i18n.resolvedLanguage}
      onChange={(event) => {
        const language = event.currentTarget.value
        if (isLanguage(language)) void i18n.changeLanguage(language)
      }}
      data={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
    />
  )
}
