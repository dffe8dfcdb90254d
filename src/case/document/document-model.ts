/** A document as Flokk writes it, independent of the format (DOCX, PDF). Text is plain; never markup. */
export type Inline = { text: string; placeholder?: boolean; footnote?: string };
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  | { kind: 'paragraph'; content: Inline[]; municipal?: boolean }
  | { kind: 'numbered'; items: Inline[][]; municipal?: boolean }
  | { kind: 'table'; caption: string; header: string[]; rows: string[][]; municipal?: boolean };
export interface FlokkDocument { title: string; language: 'nb' | 'nn'; blocks: Block[] }
