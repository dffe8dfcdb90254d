export interface DraftFieldLabelProps {
  /** The short visible label, e.g. "Årsverk". */
  field: string;
  /** Which row the field is in, e.g. "– Skaun, Lønn, regnskap og fakturering": read by screen readers only. */
  context: string;
}

/**
 * A label that shows the short field name and gives the full name to assistive technology, so each of many
 * "Årsverk" inputs has a unique accessible name: "Årsverk – Skaun, Lønn, regnskap og fakturering".
 */
export function DraftFieldLabel({ field, context }: DraftFieldLabelProps) {
  return (
    <>
      {field} <span className="ds-sr-only">{context}</span>
    </>
  );
}
