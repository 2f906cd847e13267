// A rectification (整改) still open after its deadline is overdue: the unit and its region's office
// are told once per deadline (a new deadline set later is a new notice). Pure.
export function isRectificationOverdue(status: string, deadline: string, today: string): boolean {
  return status === 'OPEN' && deadline < today;
}
