import { useT } from '../../i18n/use-t.ts';
import { StatusTag } from '../status-tag.tsx';

export interface VerdictTagProps {
  inCore: boolean;
}

/** «I kjernen» or «Ikke i kjernen»; the words carry the verdict, the colour only repeats it. */
export function VerdictTag({ inCore }: VerdictTagProps) {
  const t = useT();
  return (
    <StatusTag tone={inCore ? 'success' : 'danger'}>
      {inCore ? t('costSharing.inCore') : t('costSharing.notInCore')}
    </StatusTag>
  );
}
