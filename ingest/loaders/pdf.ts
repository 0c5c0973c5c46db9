import { extractText, getDocumentProxy } from 'unpdf';

/** The text layer of a PDF, pages joined by line breaks. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  // Verbosity 0: a damaged file is reported by the error it throws, not by console warnings.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    return text.join('\n');
  } finally {
    await pdf.destroy();
  }
}
