import { ISSUE_CODES, type IssueCode } from '../model/issue-codes.js';
import type { WorkingDocument } from '../model/working-document.js';

/** Records an expected problem on the document, with the severity its code declares. */
export function addIssue(doc: WorkingDocument, stage: string, code: IssueCode, message: string): void {
  doc.issues.push({ code, stage, message, severity: ISSUE_CODES[code].severity });
}
