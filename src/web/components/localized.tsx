import type { LocalizedText } from '../../case/schema/common.ts';
import { pickText } from '../i18n/localized-text.ts';
import { useLanguage } from '../i18n/language-context.tsx';

export interface LocalizedProps {
  /** Text from the case document, in bokmål and maybe nynorsk and English. */
  text: LocalizedText;
}

/** The text in the interface language; a bokmål fallback is marked `lang="nb"` for screen readers. */
export function Localized({ text }: LocalizedProps) {
  const { language } = useLanguage();
  const picked = pickText(text, language);
  if (picked.language === language) return <>{picked.text}</>;
  return <span lang={picked.language}>{picked.text}</span>;
}
