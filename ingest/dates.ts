/** A date as precise as the text states it: 2025, 2025-04 or 2025-04-23. */
export type IsoDate = string;

/** 2025年4月23日, 2025年4月, 2025年, 2025-04-23, 2025.4.23, 2025/4; spaces between parts allowed. */
export const DATE_PATTERN = /((?:19|20)\d{2})\s*(?:年度?|[-./])\s*(?:(1[0-2]|0?[1-9])\s*(?:月份?|[-./])?\s*(?:([12]\d|3[01]|0?[1-9])\s*[日号]?)?)?/g;

const pad = (n: string) => n.padStart(2, '0');

export function isoDate(year: string, month?: string, day?: string): IsoDate {
  return [year, month && pad(month), month && day && pad(day)].filter(Boolean).join('-');
}

/** The first date written in `text`, as an ISO date, or null. */
export function firstDate(text: string): IsoDate | null {
  const m = new RegExp(DATE_PATTERN.source).exec(text);
  return m ? isoDate(m[1], m[2], m[3]) : null;
}
