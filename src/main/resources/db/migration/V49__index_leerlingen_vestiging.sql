-- Every foreign key has an index that starts with it (SchemaTest): a school site's counts in the key.
create index budget_leerlingen_vestiging_vestiging on budget_leerlingen_vestiging (vestiging_id);
