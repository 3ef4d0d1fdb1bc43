import type { CellIssue, LocatedIssue } from './located-issue.ts';

/**
 * The problems met while reading a workbook, and what each explains: a missing sheet explains every complaint
 * about its rows, a missing column every complaint about its field, a bad cell the complaint that its field is
 * absent. The validator sees the JSON without those values, so its complaints about them would only repeat the
 * reading problem in vaguer words ("required").
 */
export class ReadProblems {
  readonly issues: LocatedIssue[] = [];
  private readonly explained = new Set<string>();

  sheet(issue: LocatedIssue & { sheet: string }): void {
    this.add(issue, issue.sheet);
  }

  column(issue: LocatedIssue & { sheet: string; field: string }): void {
    this.add(issue, `${issue.sheet}|${issue.field}`);
  }

  cell(issue: CellIssue): void {
    this.add(issue, `${issue.sheet}|${issue.field}|${issue.row}`);
  }

  /** Whether a validation problem is already told by a reading problem. */
  explains(issue: LocatedIssue): boolean {
    if (issue.sheet === undefined) return false;
    return this.explained.has(issue.sheet) || this.explained.has(`${issue.sheet}|${issue.field}`) || this.explained.has(`${issue.sheet}|${issue.field}|${issue.row}`);
  }

  private add(issue: LocatedIssue, key: string): void {
    this.issues.push(issue);
    this.explained.add(key);
  }
}
