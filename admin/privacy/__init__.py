"""What the server keeps about visitors, how long, and a visitor's rights (docs/PRIVACY.md).

settings   the retention periods of the network (server config), checked once
retention  the daily job: usage pseudonymised, keys dropped, unused accounts and old audit
           entries deleted, in small transactions
rights     everything held about one visitor (export) and their erasure
documents  the export as a readable PDF (fr, nl, en)
"""
