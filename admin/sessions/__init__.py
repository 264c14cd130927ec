"""Sessions over time: one truth per session, resumes, the ledger, automatic extension, closing the sessions of silent stations."""
