"""Google Sheets mirror of the journal: layout, client, outbox worker, rebuild and import reader."""
