/**
 * What wrote a document: Flokk's version and the versions of the libraries that turn a `FlokkDocument` into
 * bytes. A revision's documents are the same bytes only under the same generator, so a stored document
 * records this beside its revision. The library versions are written here, not read at run time, so the
 * string is the same in the CLI bundle and in the browser; generator-version.test.ts fails when
 * node_modules holds other versions (and when the PDF's Creator names another Typst).
 * @module
 */
import flokk from '../../package.json' with { type: 'json' };

/** The `docx` package that writes DOCX. */
export const DOCX_VERSION = '9.15.2';
/** The `@myriaddreamin/typst-ts-node-compiler` package that writes PDF. */
export const TYPST_TS_VERSION = '0.7.0';
/** The Typst compiler inside it, as it names itself in the PDF's Creator. */
export const TYPST_VERSION = '0.14.2';

/** For example `Flokk 0.1.0 (docx 9.15.2; typst.ts 0.7.0, Typst 0.14.2)`. */
export const DOCUMENT_GENERATOR_VERSION = `Flokk ${flokk.version} (docx ${DOCX_VERSION}; typst.ts ${TYPST_TS_VERSION}, Typst ${TYPST_VERSION})`;
