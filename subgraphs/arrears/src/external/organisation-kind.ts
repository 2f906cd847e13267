// The organisations subgraph's OrganisationKind, which the ledger's filter takes too
// (ArrearFilter.debtorKinds): declared once in the kit, registered here for this schema.
import { OrganisationKind, registerOrganisationKind } from '@arrears-hub/subgraph-kit';

export { OrganisationKind };
registerOrganisationKind();
