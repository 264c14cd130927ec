"""The kiosk OS account between visitors: nothing a visitor leaves survives.

The station service (root) calls these when it starts and after each session, in this order:
:func:`end_planted_processes` ends what the visitor's account still runs (an autostart entry's
program, a process left behind) but the screen and the X session, then :class:`HomeReset`
empties the account's home folder but its kept entries and copies the template in.

    home.py         HomeReset, HomeResetReport: the home folder reset from a template
    tree.py         the walk under it: emptied and filled relative to open folders, no link
                    ever followed, no mount point crossed, no depth too deep
    processes.py    end_planted_processes: the account's processes, but the spared ones, ended
"""

from kiosk.visitor_account.home import HomeReset, HomeResetReport, keep_tree
from kiosk.visitor_account.processes import end_planted_processes

__all__ = ["HomeReset", "HomeResetReport", "end_planted_processes", "keep_tree"]
