"""Use cases. One call = one unit of work: permission, validation, writes, audit, outbox."""
