import { ErrorSummary } from '@digdir/designsystemet-react';

/** One error in a form, pointing at the field it is about. */
export interface FormError {
  /** Id of the input to move to; without it the error is listed without a link. */
  fieldId?: string | undefined;
  message: string;
}

export interface FormErrorSummaryProps {
  /** Tells the user to fix the listed errors. */
  heading: string;
  errors: readonly FormError[];
}

function focusField(id: string): void {
  const field = document.getElementById(id);
  if (!field) return;
  field.scrollIntoView({ block: 'center' });
  field.focus();
}

/** Lists a form's errors with links that move focus to each field. Takes focus when it appears. */
export function FormErrorSummary({ heading, errors }: FormErrorSummaryProps) {
  return (
    <ErrorSummary className="form-error-summary">
      <ErrorSummary.Heading>{heading}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map((error, index) => (
          <ErrorSummary.Item key={`${error.fieldId ?? ''}-${index}`}>
            {error.fieldId === undefined ? (
              error.message
            ) : (
              <ErrorSummary.Link
                href={`#${error.fieldId}`}
                onClick={(event) => {
                  // Focuses the field without changing the address, which the router would see as navigation.
                  event.preventDefault();
                  focusField(error.fieldId ?? '');
                }}
              >
                {error.message}
              </ErrorSummary.Link>
            )}
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
