"""The public face of the server: read-only pages and feeds for citizens (no login, no
personal data). :mod:`admin.public.views` is what every page and feed is drawn from."""
