import { extractText } from 'unpdf';

/** The text layer of a PDF, pages joined by line breaks. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  // unpdf hands the buffer to a worker-style parser that detaches it: give it a copy.
  const { text } = await extractText(new Uint8Array(bytes), { mergePages: false });
  return text.join('\n');
}
