"""A system root: ``/``, or the image folder of ``--root``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath


@dataclass(frozen=True)
class Target:
    """A system root (``/``, or the image folder of ``--root``)."""

    root: Path

    def path(self, system_path: PurePosixPath) -> Path:
        return self.root / system_path.relative_to("/")

    def shown(self, system_path: PurePosixPath) -> str:
        """The path as the report prints it: the real path, inside the image if any."""
        return str(self.path(system_path))

    @property
    def is_live(self) -> bool:
        """True when installing on this very machine (not into an image folder)."""
        return self.root == Path("/")
