import { Field, Label, Select } from '@digdir/designsystemet-react';
import { LANGUAGES, isLanguage } from '../../i18n/language.ts';
import { LANGUAGE_NAMES } from '../i18n/catalogues.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useT } from '../i18n/use-t.ts';

/** Chooses the interface language (Bokmål / Nynorsk / English); the choice is remembered. */
export function LanguageSwitcher() {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  return (
    <Field className="language-switcher" data-size="sm">
      <Label>{t('language.label')}</Label>
      <Select
        id="language-switcher"
        value={language}
        width="auto"
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((code) => (
          <Select.Option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
