/**
 * A small RFC 4180 reader: comma-separated, fields optionally in double quotes ("" escapes a quote),
 * CRLF or LF line ends. Returns each record with its 1-based line number, or the line of the first error.
 */
export type CsvRecords =
  | { readonly ok: true; readonly records: ReadonlyArray<{ line: number; fields: string[] }> }
  | { readonly ok: false; readonly line: number; readonly reason: string };

export function readCsv(text: string): CsvRecords {
  const records: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;

  const endRecord = (): void => {
    fields.push(field);
    // Blank lines (a trailing newline, spacing) carry no record.
    if (!(fields.length === 1 && fields[0] === '' && !fieldStarted)) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    fieldStarted = false;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
        }
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      if (field !== '') return { ok: false, line, reason: 'a quote may only open a field' };
      inQuotes = true;
      fieldStarted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      fieldStarted = true;
    } else if (c === '\r' && text[i + 1] === '\n') {
      continue;
    } else if (c === '\n') {
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (inQuotes) return { ok: false, line, reason: 'unterminated quoted field' };
  if (field !== '' || fields.length > 0 || fieldStarted) endRecord();
  return { ok: true, records };
}
