"""Sign-in sources besides the server's own visitor list (admin/auth/sources.py)."""
