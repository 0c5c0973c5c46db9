import mammoth from 'mammoth';
import { htmlToText } from './html.ts';

/**
 * The text of a Word document: one line per paragraph, tables as lines of
 * tab-separated cells. Goes through mammoth's HTML because its raw-text
 * output flattens tables into one paragraph per cell.
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return htmlToText(value);
}
