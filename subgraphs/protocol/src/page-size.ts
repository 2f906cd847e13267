// Page sizes for every list, in a module without dependencies so that the gateway's cost limits
// and the input checks can read them without loading the schema machinery.
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
